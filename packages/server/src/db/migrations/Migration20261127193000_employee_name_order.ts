import { Migration } from '@mikro-orm/migrations';

/** Lists of employees ordered by name page by keyset on (name, id). */
export class Migration20261127193000_employee_name_order extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "employee_name_id_index" on "employee" ("name", "id")');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "employee_name_id_index"');
  }
}
