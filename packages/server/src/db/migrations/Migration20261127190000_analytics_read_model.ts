import { Migration } from '@mikro-orm/migrations';

/** The aggregate expressions of one batch of signed facts; written once, used by refresh and rebuild. */
export const ROLLUP_COLUMNS = [
  'n_required',
  'n_required_assessed',
  'n_below',
  'sum_gap',
  'sum_required',
  'sum_weighted_gap',
  'n_assessed',
  'n_level1',
  'n_level2',
  'n_level3',
  'n_level4',
  'n_level5',
];
export const SIGNED_AGGREGATES = `
  sum(sign) filter (where required_level is not null) as n_required,
  sum(sign) filter (where required_level is not null and current_level is not null) as n_required_assessed,
  sum(sign) filter (where current_level < required_level) as n_below,
  sum(sign * (required_level - current_level)) as sum_gap,
  sum(sign * required_level) as sum_required,
  sum(sign * weight * greatest(required_level - current_level, 0)) as sum_weighted_gap,
  sum(sign) filter (where current_level is not null) as n_assessed,
  sum(sign) filter (where current_level = 1) as n_level1,
  sum(sign) filter (where current_level = 2) as n_level2,
  sum(sign) filter (where current_level = 3) as n_level3,
  sum(sign) filter (where current_level = 4) as n_level4,
  sum(sign) filter (where current_level = 5) as n_level5`;

/**
 * The analytics read model (schema `analytics`), kept apart from the entities of the graph:
 *
 * - `work_unit_closure`: every (ancestor, descendant) pair of the unit tree, depth 0 included;
 * - `competency_fact`: one row per employee × competency that their jabatan requires or that they
 *   have a current level on: the derived state, as `facts_as_of(current_date)` gives it;
 * - `gap_rollup`: sums of those facts per unit subtree × competency × jabatan kind × status, which
 *   serve the heatmaps and dashboards without scanning employees;
 * - `state.version`: bumped by every change, so cached answers know when they are stale.
 *
 * Writes call `refresh_employees(ids)` in their own transaction: the employees' old facts are
 * subtracted from the roll-up and their new facts added. `rebuild()` recomputes everything (after a
 * bulk load or a reorganisation of the tree). A test checks both give the same numbers.
 */
export class Migration20261127190000_analytics_read_model extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema analytics');

    this.addSql(`create table analytics.work_unit_closure (
      ancestor_id int not null, descendant_id int not null, depth int not null,
      primary key (ancestor_id, descendant_id))`);
    this.addSql('create index work_unit_closure_descendant_idx on analytics.work_unit_closure (descendant_id)');

    this.addSql(`create table analytics.competency_fact (
      employee_id int not null, competency_id int not null, work_unit_id int not null,
      position_kind text not null, status text not null, golongan varchar(6),
      required_level smallint, current_level smallint,
      weight double precision not null, critical boolean not null,
      primary key (employee_id, competency_id))`);
    this.addSql('create index competency_fact_unit_idx on analytics.competency_fact (work_unit_id, competency_id)');

    // Signed facts of the change being applied (rows live only inside the writing transaction).
    this.addSql(`create table analytics.fact_delta (
      sign smallint not null, employee_id int not null, competency_id int not null, work_unit_id int not null,
      position_kind text not null, status text not null, golongan varchar(6),
      required_level smallint, current_level smallint, weight double precision not null, critical boolean not null)`);

    this.addSql(`create table analytics.gap_rollup (
      unit_id int not null, competency_id int not null, position_kind text not null, status text not null,
      ${ROLLUP_COLUMNS.map((c) => `${c} ${c.startsWith('sum_weighted') ? 'double precision' : 'bigint'} not null default 0`).join(', ')},
      primary key (unit_id, competency_id, position_kind, status))`);
    this.addSql('create index gap_rollup_competency_idx on analytics.gap_rollup (competency_id)');

    this.addSql('create table analytics.state (id int primary key check (id = 1), version bigint not null)');
    this.addSql('insert into analytics.state values (1, 0)');

    this.addSql(`create function analytics.refresh_work_unit_closure() returns void language sql as $$
      delete from analytics.work_unit_closure;
      insert into analytics.work_unit_closure (ancestor_id, descendant_id, depth)
      with recursive up as (
        select id as descendant_id, id as ancestor_id, 0 as depth from work_unit
        union all
        select up.descendant_id, w.parent_id, up.depth + 1 from up join work_unit w on w.id = up.ancestor_id where w.parent_id is not null)
      select ancestor_id, descendant_id, depth from up;
    $$`);

    // The one definition of a fact: what the jabatan requires, against the level on that day.
    this.addSql(`create function analytics.facts_as_of(as_of date, only_employees int[] default null)
      returns table (employee_id int, competency_id int, work_unit_id int, position_kind text, status text, golongan varchar,
                     required_level smallint, current_level smallint, weight double precision, critical boolean)
      language sql stable as $$
        with emp as (
          select e.id, e.work_unit_id, e.position_id, e.status, e.golongan, p.kind
            from employee e join position p on p.id = e.position_id
           where only_employees is null or e.id = any(only_employees)),
        req as (
          select emp.id as employee_id, r.competency_id, r.required_level, r.weight, r.critical
            from emp join position_requirement r on r.position_id = emp.position_id),
        cur as (
          select l.employee_id, l.competency_id, l.level from competency_levels_as_of(as_of) l
           where only_employees is null or l.employee_id = any(only_employees))
        select emp.id, coalesce(req.competency_id, cur.competency_id), emp.work_unit_id, emp.kind, emp.status, emp.golongan,
               req.required_level, cur.level, coalesce(req.weight, 1), coalesce(req.critical, false)
          from req full join cur on cur.employee_id = req.employee_id and cur.competency_id = req.competency_id
          join emp on emp.id = coalesce(req.employee_id, cur.employee_id)
      $$`);

    // Adds the signed facts of analytics.fact_delta to the roll-up of every ancestor unit, then empties it.
    this.addSql(`create function analytics.apply_fact_delta() returns void language plpgsql as $$
      begin
        insert into analytics.gap_rollup as g (unit_id, competency_id, position_kind, status, ${ROLLUP_COLUMNS.join(', ')})
        select d.ancestor_id, d.competency_id, d.position_kind, d.status, ${ROLLUP_COLUMNS.map((col) => `coalesce(d.${col}, 0)`).join(', ')}
          from (select c.ancestor_id, f.competency_id, f.position_kind, f.status, ${SIGNED_AGGREGATES}
                  from analytics.fact_delta f join analytics.work_unit_closure c on c.descendant_id = f.work_unit_id
                 group by 1, 2, 3, 4) d
        on conflict (unit_id, competency_id, position_kind, status) do update set
          ${ROLLUP_COLUMNS.map((col) => `${col} = g.${col} + excluded.${col}`).join(', ')};
        delete from analytics.fact_delta;
        update analytics.state set version = version + 1;
      end $$`);

    this.addSql(`create function analytics.refresh_employees(ids int[]) returns void language plpgsql as $$
      begin
        with old as (delete from analytics.competency_fact f where f.employee_id = any(ids) returning f.*)
        insert into analytics.fact_delta select -1, * from old;
        -- EXECUTE plans with the ids known, so the facts are read through the indexes of these employees.
        execute 'with new as (insert into analytics.competency_fact select * from analytics.facts_as_of(current_date, $1) returning *)
                 insert into analytics.fact_delta select 1, * from new' using ids;
        perform analytics.apply_fact_delta();
      end $$`);

    this.addSql(`create function analytics.rebuild() returns void language plpgsql as $$
      begin
        perform analytics.refresh_work_unit_closure();
        truncate analytics.competency_fact, analytics.gap_rollup, analytics.fact_delta;
        insert into analytics.competency_fact select * from analytics.facts_as_of(current_date, null);
        insert into analytics.fact_delta select 1, * from analytics.competency_fact;
        perform analytics.apply_fact_delta();
      end $$`);

    // The roll-up alone, from the facts (after the tree changed shape).
    this.addSql(`create function analytics.rebuild_rollup() returns void language plpgsql as $$
      begin
        perform analytics.refresh_work_unit_closure();
        truncate analytics.gap_rollup;
        insert into analytics.fact_delta select 1, * from analytics.competency_fact;
        perform analytics.apply_fact_delta();
      end $$`);
  }

  override async down(): Promise<void> {
    this.addSql('drop schema analytics cascade');
  }
}
