import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth/account.entity.js';

/** Who may call a root field. `PUBLIC`: anyone, signed in or not; `SIGNED_IN`: any role. */
export type Audience = 'PUBLIC' | 'SIGNED_IN' | readonly Role[];

export interface OperationRule {
  audience: Audience;
  /**
   * For roles other than ADMIN: the employee the operation acts on, which the caller must be able to
   * see in full (a supervisor records an SKP for their own reports only).
   */
  target?: (args: Record<string, unknown>, em: SqlEntityManager) => Promise<number | null>;
  /** Reads that are logged in the audit trail, by this operation name. */
  auditRead?: string;
}

const { ADMIN, LEADERSHIP, PLANNER, SUPERVISOR, EMPLOYEE, ANALYST } = Role;

/** Reference data (the framework, units, positions, catalogue): every signed-in role. */
const REFERENCE: OperationRule = { audience: 'SIGNED_IN' };
/** Individual records, scoped by the data layer to what the role may see. */
const INDIVIDUALS: OperationRule = { audience: [ADMIN, PLANNER, SUPERVISOR, EMPLOYEE, ANALYST] };
/** Aggregates, with small groups withheld for every role but ADMIN; a SUPERVISOR's are their unit's. */
const AGGREGATES: OperationRule = { audience: [ADMIN, LEADERSHIP, PLANNER, SUPERVISOR, ANALYST] };
const ADMIN_ONLY: OperationRule = { audience: [ADMIN] };

const input = (args: Record<string, unknown>) => (args.input ?? {}) as Record<string, unknown>;
const employeeOfInput = async (args: Record<string, unknown>) => Number(input(args).employeeId) || null;
const employeeOfTrainingRecord = async (args: Record<string, unknown>, em: SqlEntityManager) => {
  const rows = await em.getConnection().execute<{ employee_id: number }[]>('select employee_id from training_record where id = ?', [
    Number(input(args).trainingRecordId) || 0,
  ]);
  // A record that does not exist names employee 0, whom nobody may see: the refusal is then the same
  // as for a record out of scope (access.ts, notVisible).
  return rows[0] ? Number(rows[0].employee_id) : 0;
};

/**
 * Every root field and who may call it. A field missing here is ADMIN-only (deny by default), and
 * the access matrix test fails until it is listed, so a new resolver cannot slip through unnoticed.
 */
export const POLICY: { Query: Record<string, OperationRule>; Mutation: Record<string, OperationRule> } = {
  Query: {
    me: { audience: 'PUBLIC' },
    apiTokens: { audience: [ADMIN, ANALYST] },
    accounts: ADMIN_ONLY,
    auditEvents: ADMIN_ONLY,
    importJobs: ADMIN_ONLY,
    importJob: ADMIN_ONLY,

    workUnits: REFERENCE,
    workUnit: REFERENCE,
    positions: REFERENCE,
    position: REFERENCE,
    competencies: REFERENCE,
    competency: REFERENCE,
    competencyGroups: REFERENCE,
    courses: REFERENCE,
    course: REFERENCE,
    trainingProviders: REFERENCE,

    employees: INDIVIDUALS,
    employee: { ...INDIVIDUALS, auditRead: 'READ_PROFILE' },
    competencyAssessments: INDIVIDUALS,
    potentialAssessments: INDIVIDUALS,
    trainingRecords: INDIVIDUALS,
    performanceEvaluations: INDIVIDUALS,

    competencyGapHeatmap: AGGREGATES,
    digitalReadiness: AGGREGATES,
    developmentHoursCompliance: AGGREGATES,
    performanceDistribution: AGGREGATES,
    talentMatrix: AGGREGATES,
    professionalismCompetency: AGGREGATES,
    trainingNeeds: AGGREGATES,
    compareWorkUnits: { audience: [ADMIN, LEADERSHIP, PLANNER, ANALYST] },
    planTraining: { audience: [ADMIN, PLANNER, SUPERVISOR] },
  },
  Mutation: {
    login: { audience: 'PUBLIC' },
    logout: { audience: 'SIGNED_IN' },
    createApiToken: { audience: [ADMIN, ANALYST] },
    revokeApiToken: { audience: [ADMIN, ANALYST] },
    createAccount: ADMIN_ONLY,
    updateAccount: ADMIN_ONLY,

    createEmployee: ADMIN_ONLY,
    updateEmployee: ADMIN_ONLY,
    moveEmployee: ADMIN_ONLY,
    createWorkUnit: ADMIN_ONLY,
    updateWorkUnit: ADMIN_ONLY,
    createPosition: ADMIN_ONLY,
    updatePosition: ADMIN_ONLY,
    setPositionStandard: ADMIN_ONLY,
    createCompetency: ADMIN_ONLY,
    updateCompetency: ADMIN_ONLY,
    createTrainingProvider: ADMIN_ONLY,
    updateTrainingProvider: ADMIN_ONLY,
    createCourse: ADMIN_ONLY,
    updateCourse: ADMIN_ONLY,
    recordPotentialAssessment: ADMIN_ONLY,

    recordCompetencyAssessment: { audience: [ADMIN, SUPERVISOR], target: employeeOfInput },
    recordPerformanceEvaluation: { audience: [ADMIN, SUPERVISOR], target: employeeOfInput },
    scheduleTraining: { audience: [ADMIN, PLANNER, SUPERVISOR], target: employeeOfInput },
    startTraining: { audience: [ADMIN, PLANNER, SUPERVISOR], target: employeeOfTrainingRecord },
    completeTraining: { audience: [ADMIN, PLANNER, SUPERVISOR], target: employeeOfTrainingRecord },
    failTraining: { audience: [ADMIN, PLANNER, SUPERVISOR], target: employeeOfTrainingRecord },
  },
};

export const DEFAULT_RULE: OperationRule = ADMIN_ONLY;

/** Whether the role may call a field with this audience. */
export function admits(audience: Audience, role: Role | null): boolean {
  if (audience === 'PUBLIC') return true;
  if (role === null) return false;
  return audience === 'SIGNED_IN' || audience.includes(role);
}
