import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { CompetencyAssessment, AssessmentMethod } from '../../src/modules/assessment/competency-assessment.entity.js';
import { Competency, CompetencyKind } from '../../src/modules/competency/competency.entity.js';
import { EducationLevel, Employee, EmployeeStatus, Gender } from '../../src/modules/employee/employee.entity.js';
import { formatNip } from '../../src/modules/employee/nip.js';
import { Position, PositionKind } from '../../src/modules/position/position.entity.js';
import { Course, CourseMode, TrainingKind } from '../../src/modules/training/course.entity.js';
import { ProviderKind, TrainingProvider } from '../../src/modules/training/training-provider.entity.js';
import { WorkUnit, WorkUnitKind } from '../../src/modules/work-unit/work-unit.entity.js';

let counter = 0;
const next = () => ++counter;

/** Builders for small hand-made graphs (immich-style factories): each fills what the test does not care about. */
export const factory = {
  workUnit(em: SqlEntityManager, data: Partial<WorkUnit> = {}): WorkUnit {
    const n = next();
    return em.create(WorkUnit, { code: `U${n}`, name: `Unit ${n}`, kind: WorkUnitKind.DINAS, ...data });
  },
  position(em: SqlEntityManager, workUnit: WorkUnit, data: Partial<Position> = {}): Position {
    return em.create(Position, { name: `Jabatan ${next()}`, kind: PositionKind.PELAKSANA, workUnit, ...data });
  },
  competency(em: SqlEntityManager, data: Partial<Competency> = {}): Competency {
    const n = next();
    return em.create(Competency, { code: `T.X.${n}`, name: `Kompetensi ${n}`, kind: CompetencyKind.TEKNIS, definition: 'Uji.', ...data });
  },
  employee(em: SqlEntityManager, position: Position, data: Partial<Employee> = {}): Employee {
    const n = next();
    return em.create(Employee, {
      nip: formatNip('1985-04-12', 2010, 3, 'FEMALE', n % 1000),
      name: `Pegawai ${n}`,
      status: EmployeeStatus.PNS,
      golongan: 'III/b',
      gender: Gender.FEMALE,
      birthDate: '1985-04-12',
      educationLevel: EducationLevel.S1,
      position,
      workUnit: position.workUnit,
      ...data,
    });
  },
  assessment(em: SqlEntityManager, employee: Employee, competency: Competency, data: Partial<CompetencyAssessment> = {}): CompetencyAssessment {
    return em.create(CompetencyAssessment, { employee, competency, level: 3, method: AssessmentMethod.SUPERVISOR, assessedOn: '2025-01-15', ...data });
  },
  course(em: SqlEntityManager, data: Partial<Course> = {}): Course {
    const n = next();
    const provider = em.create(TrainingProvider, { code: `P${n}`, name: `Penyelenggara ${n}`, kind: ProviderKind.LAN });
    return em.create(Course, { code: `C${n}`, title: `Pelatihan ${n}`, provider, mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 24, ...data });
  },
};
