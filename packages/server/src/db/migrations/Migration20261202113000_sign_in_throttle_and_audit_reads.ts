import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in throttling by growing delays per (attempted username, address) instead of a hard lock of
 * the account (docs/decisions.md), and the employees a read returned on its audit row.
 */
export class Migration20261202113000_sign_in_throttle_and_audit_reads extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "sign_in_throttle" ("username_key" varchar(64) not null, "address" varchar(64) not null, "failures" int not null, "last_attempt_at" timestamptz not null, constraint "sign_in_throttle_pkey" primary key ("username_key", "address"))');
    this.addSql('alter table "account" drop column "failed_attempts", drop column "locked_until"');
    this.addSql(`alter table "audit_event" add column "employee_ids" int[] not null default '{}'`);
    this.addSql('create index audit_event_employee_ids_idx on audit_event using gin (employee_ids)');
  }

  override async down(): Promise<void> {
    this.addSql('drop index audit_event_employee_ids_idx');
    this.addSql('alter table "audit_event" drop column "employee_ids"');
    this.addSql('alter table "account" add column "failed_attempts" smallint not null default 0, add column "locked_until" timestamptz null');
    this.addSql('drop table "sign_in_throttle"');
  }
}
