import { Migration } from '@mikro-orm/migrations';

/**
 * The derived current level of each competency, and the append-only rule for assessments.
 *
 * Current level = the latest assessment of that employee and competency; when several fall on the
 * same day, the most authoritative method wins (assessment centre > uji kompetensi > certificate >
 * training > supervisor > peer 360 > self), then the latest recorded. It is never stored twice:
 * `competency_levels_as_of(day)` derives it for any day, `current_competency` for today.
 */
export class Migration20261127183000_current_competency extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function assessment_method_rank(method text) returns smallint
      language sql immutable parallel safe as $$
        select case method
          when 'ASSESSMENT_CENTER' then 1 when 'UJI_KOMPETENSI' then 2 when 'CERTIFICATE' then 3
          when 'TRAINING' then 4 when 'SUPERVISOR' then 5 when 'PEER_360' then 6 when 'SELF' then 7
        end::smallint
      $$`);

    this.addSql(`create function competency_levels_as_of(as_of date)
      returns table (employee_id int, competency_id int, level smallint, assessment_id int, method text, assessed_on date)
      language sql stable parallel safe as $$
        select distinct on (a.employee_id, a.competency_id)
               a.employee_id, a.competency_id, a.level, a.id, a.method, a.assessed_on
          from competency_assessment a
         where a.assessed_on <= as_of
         order by a.employee_id, a.competency_id, a.assessed_on desc, assessment_method_rank(a.method), a.id desc
      $$`);

    this.addSql(`create view current_competency as
      select distinct on (a.employee_id, a.competency_id)
             a.employee_id, a.competency_id, a.level, a.id as assessment_id, a.method, a.assessed_on
        from competency_assessment a
       where a.assessed_on <= current_date
       order by a.employee_id, a.competency_id, a.assessed_on desc, assessment_method_rank(a.method), a.id desc`);

    // Evidence is appended, never rewritten: a correction is a new assessment.
    this.addSql(`create function competency_assessment_append_only() returns trigger
      language plpgsql as $$
      begin
        raise exception 'competency assessments are append-only: record a new assessment instead of changing one'
          using errcode = 'restrict_violation';
      end
      $$`);
    this.addSql(`create trigger competency_assessment_no_update before update on competency_assessment
      for each row execute function competency_assessment_append_only()`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger competency_assessment_no_update on competency_assessment');
    this.addSql('drop function competency_assessment_append_only()');
    this.addSql('drop view current_competency');
    this.addSql('drop function competency_levels_as_of(date)');
    this.addSql('drop function assessment_method_rank(text)');
  }
}
