import { Migration } from '@mikro-orm/migrations';

/**
 * Separation of duties (docs/security.md): the account that entered a competency assessment or an
 * SKP, beside the assessor or evaluator who judged, so "entered by BKPSDM for assessor Y" is on record.
 * Rows written before this migration keep null: who typed them is not known.
 */
export class Migration20261202113500_entered_by extends Migration {
  override async up(): Promise<void> {
    for (const table of ['competency_assessment', 'performance_evaluation']) {
      this.addSql(`alter table "${table}" add column "entered_by_account_id" int null`);
      this.addSql(
        `alter table "${table}" add constraint "${table}_entered_by_account_id_foreign" foreign key ("entered_by_account_id") references "account" ("id") on update cascade on delete set null`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of ['competency_assessment', 'performance_evaluation']) {
      this.addSql(`alter table "${table}" drop column "entered_by_account_id"`);
    }
  }
}
