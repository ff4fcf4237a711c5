import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetVersion } from '../src/modules/analytics/analytics-cache.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { formatNip } from '../src/modules/employee/nip.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/**
 * The attacker of docs/security.md ("Small groups and differencing"): a LEADERSHIP account that may
 * ask any aggregate with any filter. For random small organisations built in a real database, it
 * asks the heatmap and the SKP distribution for every scope, row grouping and status filter, then
 * subtracts: within one answer (a summary minus the published rows) and between any two answers
 * (a figure minus a published figure over a subset of its people, e.g. one status from all). The
 * people behind every figure are worked out here from the organisation the test built, not by the
 * code under test; no subtraction may isolate 1..k-1 employees.
 */
const K = 5;
const RUNS = Number(process.env.DISCLOSURE_PROPERTY_RUNS ?? 20);
const STATUSES = ['PNS', 'PPPK', 'PPPK_PARUH_WAKTU'] as const;
const KINDS = ['JPT_PRATAMA', 'ADMINISTRATOR', 'PELAKSANA', 'FUNGSIONAL_AHLI_MUDA'] as const;
const GOLONGAN = ['III/a', 'III/b', 'IV/a'] as const;
const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
const RATINGS: Record<(typeof PREDIKATS)[number], [string, string]> = {
  SANGAT_BAIK: ['ABOVE_EXPECTATION', 'ABOVE_EXPECTATION'],
  BAIK: ['MEETS_EXPECTATION', 'MEETS_EXPECTATION'],
  BUTUH_PERBAIKAN: ['BELOW_EXPECTATION', 'MEETS_EXPECTATION'],
  KURANG: ['MEETS_EXPECTATION', 'BELOW_EXPECTATION'],
  SANGAT_KURANG: ['BELOW_EXPECTATION', 'BELOW_EXPECTATION'],
};
const UNIT_KINDS = ['DINAS', 'BADAN', 'BIDANG'] as const;

interface Person {
  status: (typeof STATUSES)[number];
  kind: (typeof KINDS)[number];
  golongan: (typeof GOLONGAN)[number];
  /** Level on C1 and C2, null when never assessed. */
  levels: [number | null, number | null];
  predikat: (typeof PREDIKATS)[number] | null;
}
interface OrgUnit {
  kind: (typeof UNIT_KINDS)[number];
  people: Person[];
  children: { kind: (typeof UNIT_KINDS)[number]; people: Person[] }[];
}

const person: fc.Arbitrary<Person> = fc.record({
  status: fc.constantFrom(...STATUSES),
  kind: fc.constantFrom(...KINDS),
  golongan: fc.constantFrom(...GOLONGAN),
  levels: fc.tuple(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 6 }), fc.option(fc.integer({ min: 1, max: 5 }), { freq: 3 })),
  predikat: fc.option(fc.constantFrom(...PREDIKATS), { freq: 6 }),
});
const people = fc.array(person, { maxLength: 12 });
const org: fc.Arbitrary<OrgUnit[]> = fc.array(
  fc.record({ kind: fc.constantFrom(...UNIT_KINDS), people, children: fc.array(fc.record({ kind: fc.constantFrom(...UNIT_KINDS), people }), { maxLength: 2 }) }),
  { minLength: 2, maxLength: 3 },
);

let t: TestDatabase;
let api: TestApp;
let competencies: [number, number];
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => t.db.orm.em.getConnection().execute(text, params) as Promise<T[]>;

beforeAll(async () => {
  t = await createTestDatabase();
  const [group] = await sql<{ id: number }>(`insert into competency_group (code, name, kind) values ('T.P', 'Teknis P', 'TEKNIS') returning id`);
  const rows = await sql<{ id: number }>(
    `insert into competency (code, name, kind, definition, group_id) values ('T.P.01', 'Satu', 'TEKNIS', '-', ?), ('T.P.02', 'Dua', 'TEKNIS', '-', ?) returning id`,
    [group.id, group.id],
  );
  competencies = [Number(rows[0].id), Number(rows[1].id)];
  api = await startTestApp(t.db, { role: Role.LEADERSHIP });
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});

/** A unit as the test knows it: its id, parent, depth below the city and its own employees (with ids). */
interface BuiltUnit {
  id: number;
  parent: number | null;
  kind: string;
  people: (Person & { id: number })[];
}

/** Replaces the organisation in the database by `units` and rebuilds the read model. */
async function build(units: OrgUnit[]): Promise<BuiltUnit[]> {
  for (const table of ['competency_assessment', 'performance_evaluation', 'employee', 'position']) await sql(`delete from ${table}`);
  await sql('update work_unit set parent_id = null');
  await sql('delete from work_unit');
  const built: BuiltUnit[] = [];
  let sequence = 0;
  const add = async (u: { kind: string; people: Person[] }, parent: number | null) => {
    const code = `U${built.length + 1}`;
    const [{ id }] = await sql<{ id: number }>(`insert into work_unit (code, name, kind, parent_id) values (?, ?, ?, ?) returning id`, [code, `Unit ${code}`, u.kind, parent]);
    const unit: BuiltUnit = { id: Number(id), parent, kind: u.kind, people: [] };
    const positions = new Map<string, number>();
    for (const p of u.people) {
      if (!positions.has(p.kind)) {
        const [pos] = await sql<{ id: number }>(`insert into position (name, kind, work_unit_id) values (?, ?, ?) returning id`, [`${p.kind} ${code}`, p.kind, unit.id]);
        positions.set(p.kind, Number(pos.id));
      }
      sequence++;
      const [e] = await sql<{ id: number }>(
        `insert into employee (nip, name, status, golongan, gender, birth_date, education_level, position_id, work_unit_id)
         values (?, ?, ?, ?, 'FEMALE', '1985-04-12', 'S1', ?, ?) returning id`,
        [formatNip('1985-04-12', 2010, 3, 'FEMALE', sequence), `Pegawai ${sequence}`, p.status, p.golongan, positions.get(p.kind), unit.id],
      );
      const employeeId = Number(e.id);
      for (const [i, level] of p.levels.entries()) {
        if (level !== null) {
          await sql(`insert into competency_assessment (employee_id, competency_id, level, method, assessed_on) values (?, ?, ?, 'SUPERVISOR', '2025-01-15')`, [employeeId, competencies[i], level]);
        }
      }
      if (p.predikat) {
        const [results, behaviour] = RATINGS[p.predikat];
        await sql(`insert into performance_evaluation (employee_id, year, period, results_rating, behaviour_rating) values (?, 2025, 'ANNUAL', ?, ?)`, [employeeId, results, behaviour]);
      }
      unit.people.push({ ...p, id: employeeId });
    }
    built.push(unit);
    return unit;
  };
  for (const top of units) {
    const unit = await add(top, null);
    for (const child of top.children) await add(child, unit.id);
  }
  await sql('select analytics.rebuild()');
  // Written behind the API's back: make this process read the data version afresh, or a cached answer
  // of the previous organisation (the version is re-read at most every 200 ms) would be compared.
  forgetVersion();
  return built;
}

/** A figure an answer publishes: the facts behind it (employee × what is counted) and the value. */
interface Figure {
  label: string;
  facts: bigint;
}

/** The world as the attacker's ground truth: numbered facts, each of one employee. */
class Facts {
  private readonly index = new Map<string, number>();
  readonly owner: number[] = [];
  bit(key: string, employee: number): bigint {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.owner.length;
      this.index.set(key, i);
      this.owner.push(employee);
    }
    return 1n << BigInt(i);
  }
  people(facts: bigint): number {
    const who = new Set<number>();
    for (let i = 0; facts >> BigInt(i) !== 0n; i++) if ((facts >> BigInt(i)) & 1n) who.add(this.owner[i]);
    return who.size;
  }
}

interface Answer {
  label: string;
  /** Published figures that do not overlap (the cells of one answer). */
  cells: Figure[];
  /** Published figures over several cells (summaries). */
  summaries: Figure[];
}

const subtree = (units: BuiltUnit[], id: number): BuiltUnit[] => [units.find((u) => u.id === id)!, ...units.filter((u) => u.parent === id).flatMap((u) => subtree(units, u.id))];
const everyone = (units: BuiltUnit[]) => units.flatMap((u) => u.people);

/** Every answer the attacker asks for, with the facts behind each published figure. */
async function answers(units: BuiltUnit[], facts: Facts): Promise<Answer[]> {
  const result: Answer[] = [];
  const tops = units.filter((u) => u.parent === null);
  const scopes: (BuiltUnit | null)[] = [null, ...tops];
  const levelFacts = (ps: (Person & { id: number })[], c: number) =>
    ps.filter((p) => p.levels[c] !== null).reduce((acc, p) => acc | facts.bit(`level:${p.id}:${c}`, p.id), 0n);

  for (const scope of scopes) {
    const inScope = scope ? subtree(units, scope.id).flatMap((u) => u.people) : everyone(units);
    for (const status of [null, ...STATUSES]) {
      for (const positionKind of [null, 'PELAKSANA']) {
        // One jabatan kind against all is asked of the unit rows; the other groupings vary the status.
        const keep = (p: Person) => (!status || p.status === status) && (!positionKind || p.kind === positionKind);
        const groupings: { rowGrouping: string; unitDepth?: number; rows: (ids: string[]) => (Person & { id: number })[][] }[] = [
          { rowGrouping: 'UNIT', rows: (ids) => ids.map((id) => subtree(units, Number(id)).flatMap((u) => u.people)) },
          { rowGrouping: 'POSITION_KIND', rows: (ids) => ids.map((id) => inScope.filter((p) => p.kind === id)) },
          { rowGrouping: 'GOLONGAN', rows: (ids) => ids.map((id) => inScope.filter((p) => p.golongan === id)) },
          {
            rowGrouping: 'UNIT_KIND',
            rows: (ids) => ids.map((kind) => units.filter((u) => u.kind === kind && (scope ? u.parent === scope.id : u.parent === null)).flatMap((u) => subtree(units, u.id).flatMap((x) => x.people))),
          },
        ];
        if (!scope) groupings.push({ rowGrouping: 'UNIT', unitDepth: 2, rows: (ids) => ids.map((id) => subtree(units, Number(id)).flatMap((u) => u.people)) });
        for (const g of positionKind ? groupings.filter((x) => x.rowGrouping === 'UNIT') : groupings) {
          const input = { metric: 'MEAN_LEVEL', competencyCodes: ['T.P.01', 'T.P.02'], rowGrouping: g.rowGrouping, unitDepth: g.unitDepth, workUnitId: scope ? String(scope.id) : null, employeeStatus: status, positionKind };
          const { data, errors } = await api.graphql<{ competencyGapHeatmap: { rows: { id: string }[]; values: (number | null)[]; counts: (number | null)[]; reasons: (string | null)[]; rowSummary: { values: (number | null)[] }; columnSummary: { values: (number | null)[] } } }>(
            `query($input: HeatmapInput!) { competencyGapHeatmap(input: $input) { rows { id } values counts reasons rowSummary { values } columnSummary { values } } }`,
            { input },
          );
          expect(errors).toBeUndefined();
          const h = data!.competencyGapHeatmap;
          const label = JSON.stringify(input);
          const rowPeople = g.rows(h.rows.map((r) => r.id)).map((ps) => ps.filter(keep));
          const answer: Answer = { label, cells: [], summaries: [] };
          rowPeople.forEach((ps, i) => {
            for (const c of [0, 1]) {
              const at = i * 2 + c;
              if (h.reasons[at] === 'SUPPRESSED') expect(h.counts[at], `${label} cell ${at}: a withheld cell has no count`).toBeNull();
              if (h.values[at] === null) continue;
              const assessed = ps.filter((p) => p.levels[c] !== null);
              // The test's model of the figure is the server's: same people, same mean.
              expect(h.counts[at], label).toBe(assessed.length);
              expect(h.values[at], label).toBeCloseTo(assessed.reduce((s, p) => s + p.levels[c]!, 0) / assessed.length, 3);
              answer.cells.push({ label: `${label} cell ${h.rows[i].id}/${c}`, facts: levelFacts(ps, c) });
            }
            if (h.rowSummary.values[i] !== null) answer.summaries.push({ label: `${label} row ${h.rows[i].id}`, facts: levelFacts(ps, 0) | levelFacts(ps, 1) });
          });
          const whole = inScope.filter(keep);
          for (const c of [0, 1]) if (h.columnSummary.values[c] !== null) answer.summaries.push({ label: `${label} column ${c}`, facts: levelFacts(whole, c) });
          result.push(answer);
        }
      }

      // The SKP distribution: a row's evaluations, and each predikat's count.
      const scopeInput = { workUnitId: scope ? String(scope.id) : null, employeeStatus: status };
      const { data, errors } = await api.graphql<{ performanceDistribution: { rows: { unit: { id: string }; evaluations: number | null; counts: (number | null)[]; reason: string | null }[]; summary: { evaluations: number | null; counts: (number | null)[]; reason: string | null } } }>(
        `query($scope: DashboardScopeInput) { performanceDistribution(year: 2025, scope: $scope) { rows { unit { id } evaluations counts reason } summary { evaluations counts reason } } }`,
        { scope: scopeInput },
      );
      expect(errors).toBeUndefined();
      const d = data!.performanceDistribution;
      const label = `SKP ${JSON.stringify(scopeInput)}`;
      const answer: Answer = { label, cells: [], summaries: [] };
      const skp = (ps: (Person & { id: number })[]) => ps.filter((p) => p.predikat && (!status || p.status === status));
      // A row's predikat counts are published whole or not at all: the figure is its population, its value the distribution.
      const figures = (row: { evaluations: number | null; counts: (number | null)[]; reason: string | null }, ps: (Person & { id: number })[], name: string, into: Figure[]) => {
        if (row.reason === 'SUPPRESSED') expect(row.evaluations, `${label} ${name}: a withheld row has no count`).toBeNull();
        if (row.evaluations === null || row.evaluations === 0) return;
        const evaluated = skp(ps);
        expect(row.counts, `${label} ${name}`).toEqual(PREDIKATS.map((p) => evaluated.filter((x) => x.predikat === p).length));
        into.push({ label: `${label} ${name}`, facts: evaluated.reduce((acc, p) => acc | facts.bit(`skp:${p.id}`, p.id), 0n) });
      };
      for (const row of d.rows) figures(row, subtree(units, Number(row.unit.id)).flatMap((u) => u.people), `row ${row.unit.id}`, answer.cells);
      figures(d.summary, inScope, 'summary', answer.summaries);
      result.push(answer);

      // 20 JP compliance and the IP kompetensi: rows of employees, their figures whole or withheld.
      const employeeFacts = (ps: (Person & { id: number })[]) => ps.filter((p) => !status || p.status === status).reduce((acc, p) => acc | facts.bit(`employee:${p.id}`, p.id), 0n);
      for (const [field, query] of [
        ['developmentHoursCompliance', `query($scope: DashboardScopeInput) { developmentHoursCompliance(year: 2025, scope: $scope, first: 0) { rows { unit { id } employees reason } summary { employees reason } } }`],
        ['professionalismCompetency', `query($scope: DashboardScopeInput) { professionalismCompetency(scope: $scope) { rows { unit { id } employees reason } summary { employees reason } } }`],
      ] as const) {
        const res = await api.graphql<Record<string, { rows: { unit: { id: string }; employees: number | null; reason: string | null }[]; summary: { employees: number | null; reason: string | null } }>>(query, { scope: scopeInput });
        expect(res.errors).toBeUndefined();
        const dashboard = res.data![field];
        const name = `${field} ${JSON.stringify(scopeInput)}`;
        const answer: Answer = { label: name, cells: [], summaries: [] };
        const add = (row: { employees: number | null; reason: string | null }, ps: (Person & { id: number })[], what: string, into: Figure[]) => {
          if (row.reason === 'SUPPRESSED') expect(row.employees, `${name} ${what}: a withheld row has no count`).toBeNull();
          if (row.reason === null) into.push({ label: `${name} ${what}`, facts: employeeFacts(ps) });
        };
        for (const row of dashboard.rows) add(row, subtree(units, Number(row.unit.id)).flatMap((u) => u.people), `row ${row.unit.id}`, answer.cells);
        add(dashboard.summary, inScope, 'summary', answer.summaries);
        result.push(answer);
      }
    }
  }
  if (tops.length >= 2) {
    const { data, errors } = await api.graphql<{ compareWorkUnits: { unit: { id: string }; competencies: { code: string; employees: number | null; meanLevel: number | null; cityMeanLevel: number | null; reason: string | null }[] }[] }>(
      `query($ids: [ID!]!) { compareWorkUnits(input: { workUnitIds: $ids, competencyKind: TEKNIS }) { unit { id } competencies { code employees meanLevel cityMeanLevel reason } } }`,
      { ids: tops.map((u) => String(u.id)) },
    );
    expect(errors).toBeUndefined();
    const answer: Answer = { label: 'compareWorkUnits', cells: [], summaries: [] };
    for (const profile of data!.compareWorkUnits) {
      const ps = subtree(units, Number(profile.unit.id)).flatMap((u) => u.people);
      for (const entry of profile.competencies) {
        const c = entry.code === 'T.P.01' ? 0 : 1;
        if (entry.reason === 'SUPPRESSED') expect(entry.employees, `compare ${profile.unit.id} ${entry.code}: a withheld figure has no count`).toBeNull();
        if (entry.meanLevel !== null) answer.cells.push({ label: `compare ${profile.unit.id} ${entry.code}`, facts: levelFacts(ps, c) });
        if (entry.cityMeanLevel !== null) answer.summaries.push({ label: `compare city ${entry.code}`, facts: levelFacts(everyone(units), c) });
      }
    }
    result.push(answer);
  }
  return result;
}

/** Every subtraction of the attacker that isolates 1..k-1 employees, described. */
function leaks(all: Answer[], facts: Facts): string[] {
  const found: string[] = [];
  const small = (f: bigint) => {
    const n = facts.people(f);
    return n > 0 && n < K;
  };
  const unique = new Map<bigint, Figure>();
  for (const a of all) for (const f of [...a.cells, ...a.summaries]) if (f.facts !== 0n && !unique.has(f.facts)) unique.set(f.facts, f);
  const figures = [...unique.values()];
  for (const a of figures) {
    if (small(a.facts)) found.push(`${a.label} stands for fewer than ${K} employees`);
    // Between two answers (or within one): a figure minus a published figure over a subset of its facts.
    for (const b of figures) if (b !== a && (a.facts & b.facts) === b.facts && small(a.facts & ~b.facts)) found.push(`${a.label} − ${b.label}`);
    // A figure minus every cell of one answer that lies within it.
    for (const answer of all) {
      const within = answer.cells.filter((c) => c.facts !== 0n && (a.facts & c.facts) === c.facts).reduce((acc, c) => acc | c.facts, 0n);
      if (within !== 0n && within !== a.facts && small(a.facts & ~within)) found.push(`${a.label} − the cells of ${answer.label}`);
    }
  }
  return found;
}

async function attack(units: OrgUnit[]): Promise<string[]> {
  const built = await build(units);
  const facts = new Facts();
  return leaks(await answers(built, facts), facts);
}

const staff = (n: number, p: Partial<Person> = {}): Person[] =>
  Array.from({ length: n }, (_, i) => ({ status: 'PNS', kind: 'PELAKSANA', golongan: 'III/a', levels: [1 + (i % 5), null], predikat: 'BAIK', ...p }));

describe('small groups stay withheld: no recovery by differencing', () => {
  it('the Sekretaris Daerah: one JPT Pratama among the staff of the Setda is not recoverable from the column summary', async () => {
    const setda: OrgUnit = { kind: 'BADAN', people: [...staff(1, { kind: 'JPT_PRATAMA', levels: [5, 4], predikat: 'SANGAT_BAIK' }), ...staff(11)], children: [] };
    const dinas: OrgUnit = { kind: 'DINAS', people: staff(9), children: [] };
    expect(await attack([setda, dinas])).toEqual([]);
  });

  it('one contract employee in a unit: the SKP of all statuses minus the PNS does not give their predikat', async () => {
    const unit: OrgUnit = { kind: 'DINAS', people: [...staff(8), ...staff(1, { status: 'PPPK', predikat: 'KURANG' })], children: [] };
    const other: OrgUnit = { kind: 'BADAN', people: staff(7, { predikat: 'SANGAT_BAIK' }), children: [] };
    expect(await attack([unit, other])).toEqual([]);
  });

  it('a unit and its sub-units: the few people working directly in the unit are not recoverable', async () => {
    const unit: OrgUnit = { kind: 'DINAS', people: staff(2), children: [{ kind: 'BIDANG', people: staff(6) }, { kind: 'BIDANG', people: staff(7) }] };
    const other: OrgUnit = { kind: 'BADAN', people: staff(6), children: [] };
    expect(await attack([unit, other])).toEqual([]);
  });

  it(`random organisations: no subtraction within an answer or between two answers isolates 1..${K - 1} employees (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(org, async (units) => {
        expect(await attack(units)).toEqual([]);
      }),
      { numRuns: RUNS, seed: 20261202, endOnFailure: true },
    );
  }, 30 * 60_000);
});
