import { Migration } from '@mikro-orm/migrations';

/** The tables of the graph whose rows show in some dashboard answer. */
const GRAPH_TABLES = [
  'work_unit', 'position', 'position_requirement', 'competency_group', 'competency', 'competency_level', 'employee',
  'competency_assessment', 'potential_assessment', 'training_provider', 'course', 'course_competency', 'training_record',
  'performance_evaluation',
];

/**
 * Any change to the graph moves `analytics.state.version`, whoever makes it (API, import, bulk load,
 * SQL by hand), so the answers cached per version (analytics-cache.ts) can never outlive the data.
 * One statement-level trigger per table: a bulk COPY bumps it once.
 */
export class Migration20261127204500_version_triggers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function analytics.bump_version() returns trigger language plpgsql as $$
      begin
        update analytics.state set version = version + 1;
        return null;
      end $$`);
    for (const table of GRAPH_TABLES) {
      this.addSql(`create trigger ${table}_bumps_version after insert or update or delete or truncate on ${table}
        for each statement execute function analytics.bump_version()`);
    }
  }

  override async down(): Promise<void> {
    for (const table of GRAPH_TABLES) this.addSql(`drop trigger ${table}_bumps_version on ${table}`);
    this.addSql('drop function analytics.bump_version()');
  }
}
