import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127205520_import_jobs } from './Migration20261127205520_import_jobs.js';
import { Migration20261202113000_sign_in_throttle_and_audit_reads } from './Migration20261202113000_sign_in_throttle_and_audit_reads.js';
import { Migration20261202113500_entered_by } from './Migration20261202113500_entered_by.js';
import { Migration20261202121000_audit_partitions } from './Migration20261202121000_audit_partitions.js';
import { Migration20261127205007_accounts_and_audit } from './Migration20261127205007_accounts_and_audit.js';
import { Migration20261127182359_initial_graph } from './Migration20261127182359_initial_graph.js';
import { Migration20261127183000_current_competency } from './Migration20261127183000_current_competency.js';
import { Migration20261127190000_analytics_read_model } from './Migration20261127190000_analytics_read_model.js';
import { Migration20261127193000_employee_name_order } from './Migration20261127193000_employee_name_order.js';
import { Migration20261127194000_faster_rebuild } from './Migration20261127194000_faster_rebuild.js';
import { Migration20261127204500_version_triggers } from './Migration20261127204500_version_triggers.js';

/**
 * Every migration, in order. Listed statically so they run the same under tsx, vitest and compiled
 * JavaScript. `pnpm --filter @kompetensi/server migration:create <name>` writes a new one and adds it here.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261127182359_initial_graph', class: Migration20261127182359_initial_graph },
  { name: 'Migration20261127183000_current_competency', class: Migration20261127183000_current_competency },
  { name: 'Migration20261127190000_analytics_read_model', class: Migration20261127190000_analytics_read_model },
  { name: 'Migration20261127193000_employee_name_order', class: Migration20261127193000_employee_name_order },
  { name: 'Migration20261127194000_faster_rebuild', class: Migration20261127194000_faster_rebuild },
  { name: 'Migration20261127204500_version_triggers', class: Migration20261127204500_version_triggers },
  { name: 'Migration20261127205007_accounts_and_audit', class: Migration20261127205007_accounts_and_audit },
  { name: 'Migration20261127205520_import_jobs', class: Migration20261127205520_import_jobs },
  { name: 'Migration20261202113000_sign_in_throttle_and_audit_reads', class: Migration20261202113000_sign_in_throttle_and_audit_reads },
  { name: 'Migration20261202113500_entered_by', class: Migration20261202113500_entered_by },
  { name: 'Migration20261202121000_audit_partitions', class: Migration20261202121000_audit_partitions },
];
