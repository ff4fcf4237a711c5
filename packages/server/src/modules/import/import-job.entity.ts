import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import { ImportKind } from './import-kind.js';
import type { RowError } from './import-row.js';

export enum ImportStatus {
  RECEIVED = 'RECEIVED',
  VALIDATING = 'VALIDATING',
  PREVIEWED = 'PREVIEWED',
  REJECTED = 'REJECTED',
  COMMITTING = 'COMMITTING',
  COMMITTED = 'COMMITTED',
  FAILED = 'FAILED',
}
registerDescribedEnum(ImportStatus, 'ImportStatus', 'Where an import job stands.', {
  RECEIVED: 'Diterima: the file is stored and waits to be read.',
  VALIDATING: 'Diperiksa: the file is being read and checked (see rowsRead).',
  PREVIEWED: 'Pratinjau siap: every row is valid; nothing is written until the job is committed.',
  REJECTED: 'Ditolak: the file or some rows are wrong (see rowErrors); nothing was written.',
  COMMITTING: 'Disimpan: the rows are being written in one transaction.',
  COMMITTED: 'Tersimpan: every row was written, in one transaction.',
  FAILED: 'Gagal: an unexpected error stopped the job; nothing was written.',
});

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerDescribedEnum(ImportFormat, 'ImportFormat', 'Format of an import file.', {
  CSV: 'CSV text in UTF-8 (with or without BOM), delimited by comma, semicolon, tab or pipe.',
  XLSX: 'Excel workbook (.xlsx); the first worksheet is read.',
});

@ObjectType({ description: 'One problem of an import file: a cell, a row, or the whole file; in Bahasa Indonesia and English.' })
export class ImportRowError implements RowError {
  @Field(() => Int, { nullable: true, description: 'Row number as a spreadsheet shows it (the header is row 1); null for the whole file.' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'Column header as written in the file; null for the whole row or file.' })
  column!: string | null;

  @Field(() => String, { nullable: true, description: 'The value at fault, cut to 100 characters.' })
  value!: string | null;

  @Field(() => String, { description: 'What is wrong, in Bahasa Indonesia.' })
  messageIndonesian!: string;

  @Field(() => String, { description: 'What is wrong, in English.' })
  messageEnglish!: string;
}

/** An uploaded file and what became of it: the record the web app polls and the audit trail of imports. */
@ObjectType({ description: 'An import job: one uploaded file, its preview and, once committed, what was written.' })
@Entity()
@Index({ properties: ['kind', 'fileHash'] })
export class ImportJob {
  @Field(() => ID, { description: 'Stable identifier of the job.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => ImportKind, { description: 'What the file holds.' })
  @Enum({ items: () => ImportKind })
  kind!: ImportKind;

  @Field(() => String, { description: 'File name as uploaded.' })
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Field(() => String, { description: 'SHA-256 of the file, hex: the same file uploaded again is recognised by it.' })
  @Property({ type: 'character', length: 64 })
  fileHash!: string;

  @Field(() => Int, { description: 'Size of the file in bytes.' })
  @Property({ type: 'integer' })
  fileSize!: number;

  @Field(() => ImportFormat, { nullable: true, description: 'Format detected from the content; null when the file is not a spreadsheet.' })
  @Enum({ items: () => ImportFormat, nullable: true })
  format?: ImportFormat | null;

  @Field(() => ImportStatus, { description: 'Where the job stands.' })
  @Enum({ items: () => ImportStatus })
  status!: ImportStatus;

  @Field(() => Int, { description: 'Data rows read so far (the header not counted).' })
  @Property({ type: 'integer', default: 0 })
  rowsRead: number & Opt = 0;

  @Field(() => Int, { description: 'Data rows found valid so far.' })
  @Property({ type: 'integer', default: 0 })
  rowsValid: number & Opt = 0;

  @Field(() => Int, { description: 'Rows that create a record (in the preview: that would create one).' })
  @Property({ type: 'integer', default: 0 })
  rowsToCreate: number & Opt = 0;

  @Field(() => Int, { description: 'Rows that change a stored record.' })
  @Property({ type: 'integer', default: 0 })
  rowsToUpdate: number & Opt = 0;

  @Field(() => Int, { description: 'Rows equal to what is stored: nothing to write.' })
  @Property({ type: 'integer', default: 0 })
  rowsUnchanged: number & Opt = 0;

  @Field(() => Int, { description: 'Rows written by the commit (0 before it, and 0 when nothing changed).' })
  @Property({ type: 'integer', default: 0 })
  rowsWritten: number & Opt = 0;

  @Field(() => Int, { description: 'Number of problems found; rowErrors holds the first of them.' })
  @Property({ type: 'integer', default: 0 })
  errorCount: number & Opt = 0;

  @Field(() => [ImportRowError], { description: 'The first problems found (at most 200), ordered by row.' })
  @Property({ type: 'json', default: '[]' })
  rowErrors: RowError[] & Opt = [];

  @Field(() => ID, { nullable: true, description: 'An earlier committed job of the same kind with the same file (same SHA-256): this file was imported before.' })
  @Property({ type: 'integer', nullable: true })
  duplicateOfJobId?: number | null;

  @Field(() => String, { nullable: true, description: 'Who uploaded the file (an account reference once sign-in exists).' })
  @Property({ type: 'text', nullable: true })
  requestedBy?: string | null;

  @Field(() => Date, { description: 'When the file was received.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'When the job last changed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: 'When the rows were committed.' })
  @Property({ type: 'datetime', nullable: true })
  committedAt?: Date | null;
}
