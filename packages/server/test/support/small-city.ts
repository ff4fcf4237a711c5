import type { Database } from '../../src/db/database.js';
import { startTestApp, type TestApp } from './app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/**
 * A city small enough to work out by hand:
 *
 *   unit A (DINAS) ── unit A1 (BIDANG)          unit B (KECAMATAN)
 *   jabatan PA (FUNGSIONAL_AHLI_MUDA, in A): requires C1 at 3, C2 at 2
 *   jabatan PB (PELAKSANA, in B):            requires C1 at 2
 *
 *   employee  unit  jabatan status golongan  C1 (day: level)                 C2
 *   e1        A     PA      PNS    III/a     2024-01-10: 2                   2024-01-10: 3
 *   e2        A1    PA      PNS    III/b     2024-01-10: 5                   —
 *   e3        A1    PA      PPPK   IX        2024-01-10: 1, 2025-06-01: 3   2024-01-10: 1
 *   e4        B     PB      PNS    II/c      2024-01-10: 2                   2024-01-10: 5 (not required)
 *   e5        B     PB      PNS    II/c      —                               —
 *
 * Today, subtree A, C1: gaps 3-2=1, 3-5=-2, 3-3=0 → mean gap -1/3, 1 of 3 below, mean level 10/3,
 * coverage 3/3. C2: gaps 2-3=-1, (e2 none), 2-1=1 → mean gap 0, 1 of 2 below, mean level 2,
 * coverage 2/3. Subtree B, C1: e4 gap 0, e5 no data → mean gap 0 over 1, coverage 1/2; C2 is
 * required of nobody (mean gap: no data) but e4 is at 5 (mean level 5).
 * On 2025-01-01 e3 was at 1 on C1: A's C1 gaps 1, -2, 2 → mean 1/3, 2 of 3 below.
 */
export type SmallCity = Record<string, number>;

/** Builds the small city in an empty, migrated database and its read model; returns the ids by name. */
export async function buildSmallCity(db: Database): Promise<SmallCity> {
  const ids: SmallCity = {};
  const insert = async (table: string, row: Record<string, unknown>): Promise<number> => {
    const columns = Object.keys(row);
    const [result] = await db.orm.em
      .getConnection()
      .execute(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')}) returning id`, Object.values(row));
    return Number(result.id);
  };

  const group = await insert('competency_group', { code: 'T.X', name: 'Teknis X', kind: 'TEKNIS' });
  ids.C1 = await insert('competency', { code: 'T.X.01', name: 'Satu', kind: 'TEKNIS', definition: '-', group_id: group });
  ids.C2 = await insert('competency', { code: 'T.X.02', name: 'Dua', kind: 'TEKNIS', definition: '-', group_id: group });
  ids.A = await insert('work_unit', { code: 'A', name: 'Dinas A', kind: 'DINAS' });
  ids.A1 = await insert('work_unit', { code: 'A1', name: 'Bidang A1', kind: 'BIDANG', parent_id: ids.A });
  ids.B = await insert('work_unit', { code: 'B', name: 'Kecamatan B', kind: 'KECAMATAN' });
  ids.PA = await insert('position', { name: 'Analis Ahli Muda', kind: 'FUNGSIONAL_AHLI_MUDA', work_unit_id: ids.A });
  ids.PB = await insert('position', { name: 'Pengadministrasi', kind: 'PELAKSANA', work_unit_id: ids.B });
  await insert('position_requirement', { position_id: ids.PA, competency_id: ids.C1, required_level: 3 });
  await insert('position_requirement', { position_id: ids.PA, competency_id: ids.C2, required_level: 2 });
  await insert('position_requirement', { position_id: ids.PB, competency_id: ids.C1, required_level: 2 });
  const people: [string, number, number, string, string, string][] = [
    ['e1', ids.A, ids.PA, 'PNS', 'III/a', '198001012005011001'],
    ['e2', ids.A1, ids.PA, 'PNS', 'III/b', '198001012005011002'],
    ['e3', ids.A1, ids.PA, 'PPPK', 'IX', '198001012021011003'],
    ['e4', ids.B, ids.PB, 'PNS', 'II/c', '198001012005011004'],
    ['e5', ids.B, ids.PB, 'PNS', 'II/c', '198001012005011005'],
  ];
  for (const [name, unit, position, status, golongan, nip] of people) {
    ids[name] = await insert('employee', {
      nip, name, status, golongan, gender: 'MALE', birth_date: '1980-01-01', education_level: 'S1', position_id: position, work_unit_id: unit,
    });
  }
  const assessments: [string, string, number, string][] = [
    ['e1', 'C1', 2, '2024-01-10'], ['e1', 'C2', 3, '2024-01-10'],
    ['e2', 'C1', 5, '2024-01-10'],
    ['e3', 'C1', 1, '2024-01-10'], ['e3', 'C1', 3, '2025-06-01'], ['e3', 'C2', 1, '2024-01-10'],
    ['e4', 'C1', 2, '2024-01-10'], ['e4', 'C2', 5, '2024-01-10'],
  ];
  for (const [employee, competency, level, day] of assessments) {
    await insert('competency_assessment', { employee_id: ids[employee], competency_id: ids[competency], level, method: 'SUPERVISOR', assessed_on: day });
  }

  // Digital: D1 (DC.4.1, pillar Aman Digital) is required of nobody; e1 4, e2 2, e4 3 since 2024, e3 1 since 2026-08-01.
  const digital = await insert('competency_group', { code: 'DC.4', name: 'Keamanan', kind: 'DIGITAL' });
  ids.D1 = await insert('competency', { code: 'DC.4.1', name: 'Melindungi perangkat', kind: 'DIGITAL', definition: '-', group_id: digital });
  for (const [employee, level, day] of [['e1', 4, '2024-01-10'], ['e2', 2, '2024-01-10'], ['e4', 3, '2024-01-10'], ['e3', 1, '2026-08-01']] as const) {
    await insert('competency_assessment', { employee_id: ids[employee], competency_id: ids.D1, level, method: 'SELF', assessed_on: day });
  }

  // Training in 2026: e1 24 + 8 JP, e2 16, e3 failed 24, e4 40, e5 none; e1 also 10 JP in 2025.
  const provider = await insert('training_provider', { code: 'P', name: 'Penyelenggara', kind: 'LAN' });
  const course = async (code: string, jp: number) => insert('course', { code, title: code, provider_id: provider, mode: 'KLASIKAL', kind: 'TEKNIS', jp });
  const [k24, k8, k16, k40, k10] = [await course('K24', 24), await course('K8', 8), await course('K16', 16), await course('K40', 40), await course('K10', 10)];
  const trainings: [string, number, string, string, number][] = [
    ['e1', k24, 'COMPLETED', '2026-03-10', 24], ['e1', k8, 'COMPLETED', '2026-05-01', 8], ['e1', k10, 'COMPLETED', '2025-04-01', 10],
    ['e2', k16, 'COMPLETED', '2026-02-02', 16], ['e3', k24, 'FAILED', '2026-03-10', 0], ['e4', k40, 'COMPLETED', '2026-06-05', 40],
  ];
  for (const [employee, courseId, status, day, jp] of trainings) {
    await insert('training_record', { employee_id: ids[employee], course_id: courseId, status, start_date: day, end_date: day, jp_earned: jp });
  }

  // SKP 2025: e1 Sangat Baik, e2 Baik, e3 Butuh Perbaikan, e4 Kurang; potential: e1 tinggi, e3 rendah, e4 menengah.
  const skp: [string, string, string][] = [
    ['e1', 'ABOVE_EXPECTATION', 'ABOVE_EXPECTATION'], ['e2', 'MEETS_EXPECTATION', 'MEETS_EXPECTATION'],
    ['e3', 'BELOW_EXPECTATION', 'MEETS_EXPECTATION'], ['e4', 'MEETS_EXPECTATION', 'BELOW_EXPECTATION'],
  ];
  for (const [employee, results, behaviour] of skp) {
    await insert('performance_evaluation', { employee_id: ids[employee], year: 2025, period: 'ANNUAL', results_rating: results, behaviour_rating: behaviour });
  }
  for (const [employee, score, band] of [['e1', 85, 'TINGGI'], ['e3', 40, 'RENDAH'], ['e4', 70, 'MENENGAH']] as const) {
    await insert('potential_assessment', { employee_id: ids[employee], assessed_on: '2025-10-01', score, band });
  }

  await db.orm.em.getConnection().execute('select analytics.rebuild()');
  return ids;
}

/** A fresh database holding the small city, and the real server over it. */
export async function startSmallCity(): Promise<{ t: TestDatabase; api: TestApp; ids: SmallCity }> {
  const t = await createTestDatabase();
  const ids = await buildSmallCity(t.db);
  return { t, api: await startTestApp(t.db), ids };
}

export async function stopSmallCity(city: { t?: TestDatabase; api?: TestApp }): Promise<void> {
  await city.api?.close();
  await city.t?.drop();
}
