import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../i18n/test-i18n.ts';
import { toNineBoxGrid } from '../leadership-dashboard.ts';
import NineBoxGrid from './NineBoxGrid.vue';

/** Boxes 1–9 as the API sends them (`boxes[0]` is box 1); box 5 withheld. */
const BOXES = [12, 40, 3, 250, null, 1234, 8, 66, 9];

function mountGrid(locale: 'id' | 'en' = 'id') {
  return mount(NineBoxGrid, { props: { grid: toNineBoxGrid(BOXES) }, global: { plugins: [testI18n(locale)] } });
}

describe('NineBoxGrid', () => {
  it('is a table with a caption, performance as column headers and potential as row headers', () => {
    const wrapper = mountGrid();
    expect(wrapper.get('caption').text()).toBe('Jumlah pegawai per kotak');
    expect(wrapper.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['Potensi \\ Kinerja', 'col'],
      ['Di bawah ekspektasi', 'col'],
      ['Sesuai ekspektasi', 'col'],
      ['Di atas ekspektasi', 'col'],
    ]);
    expect(wrapper.findAll('tbody th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['Potensi tinggi', 'row'],
      ['Potensi menengah', 'row'],
      ['Potensi rendah', 'row'],
    ]);
  });

  it('puts every box where PermenPANRB 3/2020 draws it, with its count formatted, a withheld count in words', () => {
    const rows = mountGrid().findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => [td.get('.box').text(), td.get('.count').text()]));
    expect(rows).toEqual([
      [['Kotak 6', '1.234'], ['Kotak 8', '66'], ['Kotak 9', '9']],
      [['Kotak 3', '3'], ['Kotak 5', 'disembunyikan'], ['Kotak 7', '8']],
      [['Kotak 1', '12'], ['Kotak 2', '40'], ['Kotak 4', '250']],
    ]);
  });

  it('marks each box with its class for the colour band (top boxes blue, bottom ones orange)', () => {
    const cells = mountGrid().findAll('tbody td');
    expect(cells.map((td) => td.classes()[0])).toEqual(['box-6', 'box-8', 'box-9', 'box-3', 'box-5', 'box-7', 'box-1', 'box-2', 'box-4']);
  });

  it('speaks English, with English number formatting', () => {
    const wrapper = mountGrid('en');
    expect(wrapper.get('tbody td .count').text()).toBe('1,234');
    expect(wrapper.findAll('tbody td')[4].get('.count').text()).toBe('withheld');
  });
});
