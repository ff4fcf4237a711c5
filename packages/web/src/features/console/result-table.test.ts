import { describe, expect, it } from 'vitest';
import { findFirstList, flattenRow, toResultTable } from './result-table.ts';

describe('findFirstList', () => {
  it('finds the first list depth first, in the order of the fields', () => {
    const data = { a: { total: 3, b: { items: [1, 2] } }, c: [9] };
    expect(findFirstList(data)).toEqual({ path: ['a', 'b', 'items'], items: [1, 2] });
  });

  it('finds nothing when the answer holds no list', () => {
    expect(findFirstList({ a: { b: 1 } })).toBeNull();
  });
});

describe('flattenRow', () => {
  it('names nested fields with dots and keeps lists as JSON text', () => {
    const row = flattenRow({ name: 'Ani', position: { name: 'Analis', kind: 'PELAKSANA' }, tags: ['a', 'b'], workUnit: null });
    expect([...row.entries()]).toEqual([
      ['name', 'Ani'],
      ['position.name', 'Analis'],
      ['position.kind', 'PELAKSANA'],
      ['tags', '["a","b"]'],
      ['workUnit', null],
    ]);
  });
});

describe('toResultTable', () => {
  it('makes the rows of a connection, with the columns of every row', () => {
    const data = {
      workUnit: {
        name: 'Dinas Kesehatan',
        employees: {
          totalCount: 2,
          nodes: [
            { nip: '1', name: 'Ani', position: { name: 'Analis' } },
            { nip: '2', name: 'Budi', position: null, talentBox: { box: 5 } },
          ],
        },
      },
    };
    expect(toResultTable(data)).toEqual({
      path: ['workUnit', 'employees', 'nodes'],
      columns: ['nip', 'name', 'position.name', 'position', 'talentBox.box'],
      rows: [
        ['1', 'Ani', 'Analis', null, null],
        ['2', 'Budi', null, null, 5],
      ],
    });
  });

  it('gives a list of scalars one column named after the list', () => {
    expect(toResultTable({ heatmap: { values: [0.5, null] } })).toEqual({
      path: ['heatmap', 'values'],
      columns: ['values'],
      rows: [[0.5], [null]],
    });
  });

  it('gives an answer without a list one row of all its values', () => {
    const data = { employees: { totalCount: 15000 }, competencies: { totalCount: 120 } };
    expect(toResultTable(data)).toEqual({
      path: [],
      columns: ['employees.totalCount', 'competencies.totalCount'],
      rows: [[15000, 120]],
    });
  });

  it('keeps an empty list as a table without rows', () => {
    expect(toResultTable({ employees: { nodes: [] } })).toEqual({ path: ['employees', 'nodes'], columns: [], rows: [] });
  });

  it('has no table without data', () => {
    expect(toResultTable(null)).toBeNull();
    expect(toResultTable(undefined)).toBeNull();
  });
});
