import { Migration } from '@mikro-orm/migrations';

/**
 * Accounts, sessions and API tokens (hashes only), and the audit trail, which a trigger keeps
 * append-only: no UPDATE or DELETE, whoever asks.
 */
export class Migration20261127205007_accounts_and_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"audit_event\" (\"id\" serial primary key, \"at\" timestamptz not null default now(), \"account_id\" int null, \"username\" varchar(60) null, \"role\" varchar(20) null, \"operation\" varchar(80) not null, \"outcome\" text check (\"outcome\" in ('SUCCESS', 'DENIED', 'FAILED')) not null, \"affected\" jsonb not null, \"summary\" jsonb null, \"address\" varchar(64) null)");
    this.addSql("create index audit_event_affected_idx on audit_event using gin (affected jsonb_path_ops)");
    this.addSql("create index \"audit_event_account_idx\" on \"audit_event\" (\"account_id\", \"at\")");
    this.addSql("create index \"audit_event_at_idx\" on \"audit_event\" (\"at\")");
    this.addSql("create table \"account\" (\"id\" serial primary key, \"username\" varchar(60) not null, \"display_name\" varchar(200) not null, \"password_hash\" varchar(200) not null, \"role\" text check (\"role\" in ('ADMIN', 'LEADERSHIP', 'PLANNER', 'SUPERVISOR', 'EMPLOYEE', 'ANALYST')) not null, \"employee_id\" int null, \"work_unit_id\" int null, \"active\" boolean not null default true, \"failed_attempts\" smallint not null default 0, \"locked_until\" timestamptz null, \"last_sign_in_at\" timestamptz null, \"created_at\" timestamptz not null default now())");
    this.addSql("alter table \"account\" add constraint \"account_username_unique\" unique (\"username\")");
    this.addSql("create index \"account_employee_id_index\" on \"account\" (\"employee_id\")");
    this.addSql("create table \"auth_token\" (\"id\" serial primary key, \"account_id\" int not null, \"kind\" text check (\"kind\" in ('SESSION', 'API')) not null, \"name\" varchar(100) null, \"secret_hash\" char(64) not null, \"prefix\" varchar(12) not null, \"created_at\" timestamptz not null default now(), \"expires_at\" timestamptz not null, \"revoked_at\" timestamptz null)");
    this.addSql("create index \"auth_token_account_id_index\" on \"auth_token\" (\"account_id\")");
    this.addSql("alter table \"auth_token\" add constraint \"auth_token_secret_hash_unique\" unique (\"secret_hash\")");
    this.addSql("alter table \"account\" add constraint \"account_employee_id_foreign\" foreign key (\"employee_id\") references \"employee\" (\"id\") on update cascade on delete restrict");
    this.addSql("alter table \"account\" add constraint \"account_work_unit_id_foreign\" foreign key (\"work_unit_id\") references \"work_unit\" (\"id\") on update cascade on delete restrict");
    this.addSql("alter table \"auth_token\" add constraint \"auth_token_account_id_foreign\" foreign key (\"account_id\") references \"account\" (\"id\") on update cascade on delete cascade");
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the audit trail is append-only' using errcode = 'insufficient_privilege';
      end $$`);
    this.addSql(`create trigger audit_event_no_change before update or delete or truncate on audit_event
      for each statement execute function audit_event_append_only()`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table auth_token');
    this.addSql('drop table account');
    this.addSql('drop table audit_event');
    this.addSql('drop function audit_event_append_only()');
  }
}
