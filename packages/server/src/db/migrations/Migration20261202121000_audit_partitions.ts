import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail partitioned by calendar month (UTC), so that rows older than the retention period
 * can be removed a whole month at a time by `pnpm audit:maintain`, the only path that drops a
 * partition (docs/security.md, "Retention"). Each partition keeps the append-only trigger: a
 * statement-level trigger on the parent does not fire for statements aimed at a partition itself.
 * PostgreSQL requires the partition key in the primary key: (id, at); ids stay unique by their sequence.
 */
export class Migration20261202121000_audit_partitions extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop trigger audit_event_no_change on audit_event');
    this.addSql('alter table audit_event drop constraint audit_event_outcome_check');
    this.addSql('alter table audit_event rename constraint audit_event_pkey to audit_event_unpartitioned_pkey');
    this.addSql('drop index audit_event_at_idx, audit_event_account_idx, audit_event_affected_idx, audit_event_employee_ids_idx');
    this.addSql('alter table audit_event rename to audit_event_unpartitioned');
    this.addSql('alter sequence audit_event_id_seq owned by none');
    this.addSql(`create table audit_event (
      id int not null default nextval('audit_event_id_seq'), at timestamptz not null default now(), account_id int null,
      username varchar(60) null, role varchar(20) null, operation varchar(80) not null,
      outcome text check (outcome in ('SUCCESS', 'DENIED', 'FAILED')) not null, affected jsonb not null,
      employee_ids int[] not null default '{}', summary jsonb null, address varchar(64) null,
      constraint audit_event_pkey primary key (id, at)
    ) partition by range (at)`);
    this.addSql('create index audit_event_at_idx on audit_event (at)');
    this.addSql('create index audit_event_account_idx on audit_event (account_id, at)');
    this.addSql('create index audit_event_affected_idx on audit_event using gin (affected jsonb_path_ops)');
    this.addSql('create index audit_event_employee_ids_idx on audit_event using gin (employee_ids)');
    this.addSql(`create trigger audit_event_no_change before update or delete or truncate on audit_event
      for each statement execute function audit_event_append_only()`);
    // One month's partition, with the append-only trigger; nothing when it exists already.
    this.addSql(`create function audit_event_create_partition(month date) returns text language plpgsql as $$
      declare
        first date := date_trunc('month', month)::date;
        name text := 'audit_event_p' || to_char(first, 'YYYYMM');
      begin
        if to_regclass(name) is not null then return null; end if;
        execute format('create table %I partition of audit_event for values from (%L) to (%L)', name,
          first::timestamp at time zone 'UTC', (first + interval '1 month')::timestamp at time zone 'UTC');
        execute format('create trigger audit_event_no_change before update or delete or truncate on %I
          for each statement execute function audit_event_append_only()', name);
        return name;
      end $$`);
    // Drops the partitions whose whole month ended before the cut-off, never one of the last 12 months.
    this.addSql(`create function audit_event_drop_partitions_before(cutoff timestamptz) returns setof text language plpgsql as $$
      declare
        part record;
      begin
        if cutoff > now() - interval '12 months' then
          raise exception 'the audit trail keeps at least 12 months (cut-off %)', cutoff using errcode = 'insufficient_privilege';
        end if;
        for part in
          select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
           where i.inhparent = 'audit_event'::regclass and c.relname ~ '^audit_event_p[0-9]{6}$'
             and (to_date(substring(c.relname from 14), 'YYYYMM') + interval '1 month')::timestamp at time zone 'UTC' <= cutoff
           order by c.relname
        loop
          execute format('drop table %I', part.relname);
          return next part.relname;
        end loop;
      end $$`);
    // Every month from the oldest row to a year ahead, then the rows, in their months.
    this.addSql(`select audit_event_create_partition(m::date) from generate_series(
      date_trunc('month', least(now(), (select min(at) from audit_event_unpartitioned)) at time zone 'UTC'),
      date_trunc('month', now() at time zone 'UTC') + interval '12 months', interval '1 month') m`);
    this.addSql(`insert into audit_event (id, at, account_id, username, role, operation, outcome, affected, employee_ids, summary, address)
      select id, at, account_id, username, role, operation, outcome, affected, employee_ids, summary, address from audit_event_unpartitioned`);
    this.addSql('drop table audit_event_unpartitioned');
    this.addSql('alter sequence audit_event_id_seq owned by audit_event.id');
  }

  override async down(): Promise<void> {
    this.addSql('alter table audit_event rename to audit_event_partitioned');
    this.addSql('alter sequence audit_event_id_seq owned by none');
    this.addSql(`create table audit_event (like audit_event_partitioned including defaults including constraints)`);
    this.addSql('insert into audit_event select * from audit_event_partitioned');
    this.addSql('drop table audit_event_partitioned');
    this.addSql('drop function audit_event_create_partition(date)');
    this.addSql('drop function audit_event_drop_partitions_before(timestamptz)');
    this.addSql('alter table audit_event add primary key (id)');
    this.addSql('alter sequence audit_event_id_seq owned by audit_event.id');
    this.addSql('create index audit_event_at_idx on audit_event (at)');
    this.addSql('create index audit_event_account_idx on audit_event (account_id, at)');
    this.addSql('create index audit_event_affected_idx on audit_event using gin (affected jsonb_path_ops)');
    this.addSql('create index audit_event_employee_ids_idx on audit_event using gin (employee_ids)');
    this.addSql(`create trigger audit_event_no_change before update or delete or truncate on audit_event
      for each statement execute function audit_event_append_only()`);
  }
}
