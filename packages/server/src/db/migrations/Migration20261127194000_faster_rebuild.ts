import { Migration } from '@mikro-orm/migrations';
import { ROLLUP_COLUMNS, SIGNED_AGGREGATES } from './Migration20261127190000_analytics_read_model.js';

/**
 * A full rebuild aggregates the facts straight into the roll-up instead of copying every fact
 * through analytics.fact_delta (at 1,000,000 employees that copy and its delete were most of the
 * time), and gives its sorts room in memory for the transaction.
 */
const ROLLUP_FROM_ALL_FACTS = `
  insert into analytics.gap_rollup (unit_id, competency_id, position_kind, status, ${ROLLUP_COLUMNS.join(', ')})
  select d.ancestor_id, d.competency_id, d.position_kind, d.status, ${ROLLUP_COLUMNS.map((col) => `coalesce(d.${col}, 0)`).join(', ')}
    from (select c.ancestor_id, f.competency_id, f.position_kind, f.status, ${SIGNED_AGGREGATES}
            from (select 1 as sign, * from analytics.competency_fact) f
            join analytics.work_unit_closure c on c.descendant_id = f.work_unit_id
           group by 1, 2, 3, 4) d`;

export class Migration20261127194000_faster_rebuild extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function analytics.rebuild() returns void language plpgsql as $$
      begin
        perform set_config('work_mem', '512MB', true);
        perform analytics.refresh_work_unit_closure();
        truncate analytics.competency_fact, analytics.gap_rollup, analytics.fact_delta;
        insert into analytics.competency_fact select * from analytics.facts_as_of(current_date, null);
        ${ROLLUP_FROM_ALL_FACTS};
        update analytics.state set version = version + 1;
      end $$`);
    this.addSql(`create or replace function analytics.rebuild_rollup() returns void language plpgsql as $$
      begin
        perform set_config('work_mem', '512MB', true);
        perform analytics.refresh_work_unit_closure();
        truncate analytics.gap_rollup;
        ${ROLLUP_FROM_ALL_FACTS};
        update analytics.state set version = version + 1;
      end $$`);
  }
}
