import { Migration } from '@mikro-orm/migrations';

/** Import jobs (issue 6): one row per uploaded file, its preview, its commit; the audit of imports until the audit module records them. */
export class Migration20261127205520_import_jobs extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"import_job\" (\"id\" serial primary key, \"kind\" text check (\"kind\" in ('WORK_UNITS', 'POSITIONS', 'EMPLOYEES', 'COMPETENCY_ASSESSMENTS', 'TRAINING_RECORDS', 'PERFORMANCE_EVALUATIONS', 'COURSES', 'TRAINING_PROVIDERS')) not null, \"file_name\" varchar(255) not null, \"file_hash\" char(64) not null, \"file_size\" int not null, \"format\" text check (\"format\" in ('CSV', 'XLSX')) null, \"status\" text check (\"status\" in ('RECEIVED', 'VALIDATING', 'PREVIEWED', 'REJECTED', 'COMMITTING', 'COMMITTED', 'FAILED')) not null, \"rows_read\" int not null default 0, \"rows_valid\" int not null default 0, \"rows_to_create\" int not null default 0, \"rows_to_update\" int not null default 0, \"rows_unchanged\" int not null default 0, \"rows_written\" int not null default 0, \"error_count\" int not null default 0, \"row_errors\" jsonb not null default '[]', \"duplicate_of_job_id\" int null, \"requested_by\" text null, \"created_at\" timestamptz not null default now(), \"updated_at\" timestamptz not null default now(), \"committed_at\" timestamptz null)");
    this.addSql("create index \"import_job_kind_file_hash_index\" on \"import_job\" (\"kind\", \"file_hash\")");
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "import_job"');
  }
}
