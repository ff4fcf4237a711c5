import { describe, expect, it } from 'vitest';
import type { ImportJobFieldsFragment as ImportJob, ImportRowErrorFieldsFragment as ImportRowError } from './import.generated.ts';
import {
  IMPORT_KINDS,
  errorPage,
  exportUrl,
  isRunning,
  kindFromSlug,
  newestFirst,
  progressOf,
  readImportAnswer,
  reasonOf,
  templateUrl,
  uploadUrl,
} from './import-job.ts';
import { importMessages } from './import.messages.ts';

const job = (over: Partial<ImportJob> = {}): ImportJob => ({
  id: '7', kind: 'WORK_UNITS', fileName: 'unit.csv', fileSize: 120, status: 'PREVIEWED',
  rowsRead: 0, rowsValid: 0, rowsToCreate: 0, rowsToUpdate: 0, rowsUnchanged: 0, rowsWritten: 0,
  errorCount: 0, rowErrors: [], duplicateOfJobId: null, requestedBy: 'admin', createdAt: '2026-11-27T10:00:00.000Z', committedAt: null,
  ...over,
});

const rowError = (row: number): ImportRowError => ({ row, column: 'kode_unit', value: 'X', messageIndonesian: `baris ${row} salah`, messageEnglish: `row ${row} is wrong` });

describe('the kinds and their file endpoints', () => {
  it('lists the eight kinds once, in load order, work units first', () => {
    expect(IMPORT_KINDS).toHaveLength(8);
    expect(new Set(IMPORT_KINDS.map((k) => k.kind)).size).toBe(8);
    expect(IMPORT_KINDS[0].kind).toBe('WORK_UNITS');
  });

  it('builds the template, export and upload URLs of docs/import.md', () => {
    expect(templateUrl('COMPETENCY_ASSESSMENTS', 'xlsx')).toBe('/api/import-templates/competency-assessments.xlsx');
    expect(exportUrl('EMPLOYEES', 'csv')).toBe('/api/exports/employees.csv');
    expect(uploadUrl('WORK_UNITS', 'unit kerja & baru.csv')).toBe('/api/imports?kind=work-units&dryRun=true&async=true&fileName=unit%20kerja%20%26%20baru.csv');
  });

  it('reads the kind from the URL, the first kind when unknown', () => {
    expect(kindFromSlug('training-records')).toBe('TRAINING_RECORDS');
    expect(kindFromSlug('nope')).toBe('WORK_UNITS');
    expect(kindFromSlug(undefined)).toBe('WORK_UNITS');
  });
});

describe('progress', () => {
  it('a preview or an upload has no known end: rows read, no percentage', () => {
    expect(isRunning('VALIDATING')).toBe(true);
    expect(isRunning('PREVIEWED')).toBe(false);
    expect(progressOf(job({ status: 'VALIDATING', rowsRead: 5000 }), null)).toEqual({ phase: 'reading', rowsRead: 5000, percent: null });
  });

  it('a commit counts reading again and writing against the preview, and never shows 100 before it ends', () => {
    const previewed = job({ rowsRead: 10_000, rowsToCreate: 6_000, rowsToUpdate: 4_000 });
    expect(progressOf(job({ status: 'COMMITTING', rowsRead: 0, rowsWritten: 0 }), previewed)).toMatchObject({ phase: 'writing', percent: 0 });
    expect(progressOf(job({ status: 'COMMITTING', rowsRead: 10_000, rowsWritten: 0 }), previewed)).toMatchObject({ percent: 50 });
    expect(progressOf(job({ status: 'COMMITTING', rowsRead: 10_000, rowsWritten: 5_000 }), previewed)).toMatchObject({ percent: 75 });
    expect(progressOf(job({ status: 'COMMITTING', rowsRead: 10_000, rowsWritten: 10_000 }), previewed)).toMatchObject({ percent: 99 });
    expect(progressOf(job({ status: 'COMMITTING' }), job())).toMatchObject({ percent: 0 });
  });
});

describe('row errors', () => {
  const errors = Array.from({ length: 45 }, (_, i) => rowError(i + 2));

  it('pages them, clamping a page out of range', () => {
    expect(errorPage(errors, 0)).toMatchObject({ page: 0, pages: 3, from: 1, to: 20 });
    expect(errorPage(errors, 2)).toMatchObject({ page: 2, from: 41, to: 45 });
    expect(errorPage(errors, 2).errors[0].row).toBe(42);
    expect(errorPage(errors, 9).page).toBe(2);
    expect(errorPage([], 0)).toMatchObject({ page: 0, pages: 1, from: 0, to: 0, errors: [] });
  });

  it('gives the reason in the interface language', () => {
    expect(reasonOf(rowError(3), 'id')).toBe('baris 3 salah');
    expect(reasonOf(rowError(3), 'en')).toBe('row 3 is wrong');
  });
});

describe('readImportAnswer', () => {
  it('takes a job whatever the status code (a refused file is a 422 with its errors)', () => {
    expect(readImportAnswer(202, job({ status: 'RECEIVED' }))).toMatchObject({ job: { status: 'RECEIVED' }, error: null });
    expect(readImportAnswer(422, job({ status: 'REJECTED', errorCount: 1 }))).toMatchObject({ job: { status: 'REJECTED' } });
    expect(readImportAnswer(413, job({ status: 'REJECTED' })).job?.status).toBe('REJECTED');
  });

  it.each([
    [400, 'BAD_USER_INPUT', 'badInput'],
    [401, 'UNAUTHENTICATED', 'unauthenticated'],
    [403, 'FORBIDDEN', 'forbidden'],
    [404, 'NOT_FOUND', 'notFound'],
    [409, 'CONFLICT', 'conflict'],
  ])('%i %s is explained as %s', (status, code, kind) => {
    expect(readImportAnswer(status, { errors: [{ message: 'x', extensions: { code } }] })).toEqual({ job: null, error: kind });
  });

  it('treats anything unreadable as unavailable, a bare 413 as too large', () => {
    expect(readImportAnswer(502, null).error).toBe('unavailable');
    expect(readImportAnswer(500, { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }).error).toBe('unavailable');
    expect(readImportAnswer(413, '<html>').error).toBe('tooLarge');
  });
});

describe('the list of jobs', () => {
  it('shows the newest first, at most the limit', () => {
    const jobs = [job({ id: '1', createdAt: '2026-11-01T00:00:00Z' }), job({ id: '3', createdAt: '2026-11-03T00:00:00Z' }), job({ id: '2', createdAt: '2026-11-03T00:00:00Z' })];
    expect(newestFirst(jobs, 2).map((j) => j.id)).toEqual(['3', '2']);
  });

});

describe('import messages', () => {
  it('name every kind, every status and every request error', () => {
    for (const locale of [importMessages.id, importMessages.en]) {
      for (const { kind } of IMPORT_KINDS) expect(locale.kind[kind]).toBeTruthy();
      expect(Object.keys(locale.status).sort()).toEqual(['COMMITTED', 'COMMITTING', 'FAILED', 'PREVIEWED', 'RECEIVED', 'REJECTED', 'VALIDATING']);
      expect(Object.keys(locale.error).sort()).toEqual(['badInput', 'conflict', 'forbidden', 'notFound', 'tooLarge', 'unauthenticated', 'unavailable']);
    }
  });
});
