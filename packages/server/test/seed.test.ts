import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_TABLES, seedDemo, type SeedSummary } from '../src/db/seed/demo-seed.js';
import { parseNip } from '../src/modules/employee/nip.js';
import { catalog } from './support/catalog.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const OPTIONS = { employees: 1500, seed: 42, today: '2026-11-27' };

/** A fingerprint of every seeded table: rows in id order, without the insertion timestamps. */
async function fingerprint(t: TestDatabase): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of SEEDED_TABLES) {
    const [row] = await t.db.orm.em
      .getConnection()
      .execute(`select md5(coalesce(string_agg((to_jsonb(t) - 'created_at' - 'updated_at')::text, '|' order by t.id), '')) as hash from ${table} t`);
    result[table] = row.hash;
  }
  return result;
}

describe('the demo city', () => {
  let a: TestDatabase;
  let b: TestDatabase;
  let summary: SeedSummary;
  const sql = (text: string, params: unknown[] = []) => a.db.orm.em.getConnection().execute(text, params);

  let schemaBefore: Awaited<ReturnType<typeof catalog>>;

  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    schemaBefore = await catalog(a);
    summary = await seedDemo(a.db, OPTIONS);
  });
  afterAll(async () => {
    await Promise.all([a?.drop(), b?.drop()]);
  });

  it('is the same on every run with the same seed, whatever the batch size', async () => {
    await seedDemo(b.db, { ...OPTIONS, batchSize: 97 });
    expect(await fingerprint(b)).toEqual(await fingerprint(a));
  });

  it('differs with another seed', async () => {
    await seedDemo(b.db, { ...OPTIONS, seed: 43, reset: true });
    const [x, y] = [await fingerprint(a), await fingerprint(b)];
    expect(y.work_unit).toBe(x.work_unit); // the structure of the city is data, not chance
    expect(y.employee).not.toBe(x.employee);
  });

  it('puts back every foreign key and index it set aside for the bulk load', async () => {
    expect(await catalog(a)).toEqual(schemaBefore);
  });

  it('has the structure of Palembang: the 18 kecamatan with their kelurahan', async () => {
    const [{ kecamatan, kelurahan, top }] = await sql(`select
      count(*) filter (where kind = 'KECAMATAN')::int as kecamatan,
      count(*) filter (where kind = 'KELURAHAN')::int as kelurahan,
      count(*) filter (where parent_id is null)::int as top from work_unit`);
    expect(kecamatan).toBe(18);
    expect(kelurahan).toBeGreaterThanOrEqual(100);
    expect(top).toBeGreaterThanOrEqual(40);
    const codes = await sql(`select code from work_unit where kind = 'KECAMATAN' order by code`);
    expect(codes.map((r: { code: string }) => r.code)).toEqual(Array.from({ length: 18 }, (_, i) => `16.71.${String(i + 1).padStart(2, '0')}`));
    const orphans = await sql(`select count(*)::int as n from work_unit k join work_unit p on p.id = k.parent_id where k.kind = 'KELURAHAN' and p.kind <> 'KECAMATAN'`);
    expect(orphans[0].n).toBe(0);
  });

  it('has valid NIPs that agree with birth date and gender', async () => {
    const rows: { nip: string; birth_date: string; gender: string }[] = await sql(`select nip, birth_date::text, gender from employee`);
    expect(rows).toHaveLength(OPTIONS.employees);
    for (const row of rows) {
      const parsed = parseNip(row.nip);
      expect(parsed.ok, row.nip).toBe(true);
      if (parsed.ok) expect([parsed.value.birthDate, parsed.value.gender]).toEqual([row.birth_date, row.gender]);
    }
  });

  it('has about two PNS for each PPPK among staff, and PNS ranks mostly in golongan III', async () => {
    // Heads of units are all PNS; at this small size they would tilt the ratio, so count the staff.
    const [counts] = await sql(`select count(*) filter (where status = 'PNS')::int as pns, count(*) filter (where status <> 'PNS')::int as pppk,
      count(*) filter (where golongan like 'III/%')::int as gol3, count(*) filter (where status = 'PNS' and golongan is not null)::int as ranked
      from employee e where not exists (select 1 from work_unit w join position p on p.work_unit_id = w.id where p.id = e.position_id and e.id in (
        select min(x.id) from employee x group by x.work_unit_id))`);
    expect(counts.pns / counts.pppk).toBeGreaterThan(1.5);
    expect(counts.pns / counts.pppk).toBeLessThan(2.7);
    expect(counts.gol3 / counts.ranked).toBeGreaterThan(0.4);
  });

  it('leaves some required competencies without any assessment (no data)', async () => {
    const [row] = await sql(`select count(*)::int as missing from employee e
      join position_requirement r on r.position_id = e.position_id
      left join current_competency c on c.employee_id = e.id and c.competency_id = r.competency_id
      where c.level is null`);
    const [all] = await sql(`select count(*)::int as n from employee e join position_requirement r on r.position_id = e.position_id`);
    expect(row.missing / all.n).toBeGreaterThan(0.1);
    expect(row.missing / all.n).toBeLessThan(0.6);
  });

  it('has units that differ: Diskominfo stronger in digital competencies than the weakest kecamatan', async () => {
    const rows = await sql(`select w.code, avg(c.level)::float as mean from current_competency c
      join competency k on k.id = c.competency_id and k.kind = 'DIGITAL'
      join employee e on e.id = c.employee_id join work_unit w on w.id = e.work_unit_id
      where w.parent_id is null group by w.code`);
    const mean = Object.fromEntries(rows.map((r: { code: string; mean: number }) => [r.code, r.mean]));
    const kecamatan = rows.filter((r: { code: string }) => r.code.startsWith('16.71.')).map((r: { mean: number }) => r.mean);
    expect(mean.DISKOMINFO).toBeGreaterThan(Math.min(...kecamatan) + 0.3);
  });

  it('has three years of training: some employees reach 20 JP a year, many do not', async () => {
    const [row] = await sql(`select count(*) filter (where jp >= 20)::float / count(*) as share from (
      select e.id, coalesce(sum(t.jp_earned), 0) as jp from employee e
      left join training_record t on t.employee_id = e.id and t.status = 'COMPLETED' and extract(year from t.end_date) = 2025
      group by e.id) x`);
    expect(row.share).toBeGreaterThan(0.2);
    expect(row.share).toBeLessThan(0.8);
    const [years] = await sql(`select count(distinct extract(year from start_date))::int as n from training_record`);
    expect(years.n).toBe(3);
  });

  it('reports what it wrote', async () => {
    const [counts] = await sql(`select (select count(*) from employee)::int as employees, (select count(*) from competency_assessment)::int as assessments,
      (select count(*) from performance_evaluation)::int as evaluations, (select count(*) from potential_assessment)::int as potentials`);
    expect(summary).toMatchObject({
      employees: counts.employees,
      competencyAssessments: counts.assessments,
      performanceEvaluations: counts.evaluations,
      potentialAssessments: counts.potentials,
    });
  });

  it('refuses a database that already holds data, and changes nothing', async () => {
    const before = await fingerprint(a);
    await expect(seedDemo(a.db, OPTIONS)).rejects.toThrow(/already holds data/);
    expect(await fingerprint(a)).toEqual(before);
  });

  it('writes nothing when it fails midway', async () => {
    const t = await createTestDatabase();
    try {
      // Make the 500th training record fail, long after the units, people and assessments were copied.
      await t.db.orm.em.getConnection().execute(`create function fail_late() returns trigger language plpgsql as $$
        begin if (select count(*) from training_record) >= 500 then raise exception 'injected failure'; end if; return new; end $$;
        create trigger fail_late before insert on training_record for each row execute function fail_late()`);
      await expect(seedDemo(t.db, OPTIONS)).rejects.toThrow(/injected failure/);
      const [row] = await t.db.orm.em.getConnection().execute(`select (select count(*) from work_unit)::int + (select count(*) from employee)::int as n`);
      expect(row.n).toBe(0);
    } finally {
      await t.drop();
    }
  });

  it.each([0, -5, 1.5, 1_000_001])('rejects %s employees', async (employees) => {
    await expect(seedDemo(b.db, { employees })).rejects.toThrow(/employees must be a whole number/);
  });
});
