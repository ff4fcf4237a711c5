import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../i18n/test-i18n.ts';
import HeatmapTable from './HeatmapTable.vue';
import { fixture } from './heatmap-fixture.ts';

function mountTable(props: { drillable?: boolean; openCells?: boolean } = {}, locale: 'id' | 'en' = 'id') {
  const { matrix, scale } = fixture();
  return mount(HeatmapTable, {
    props: { matrix, scale, metric: 'MEAN_GAP', caption: 'Rata-rata kesenjangan per unit kerja', drillable: props.drillable ?? false, openCells: props.openCells },
    global: { plugins: [testI18n(locale)] },
  });
}

/** The texts of a table row's cells (th and td). */
const rowTexts = (row: { findAll: (s: string) => { text: () => string }[] }) => row.findAll('th, td').map((c) => c.text());

describe('HeatmapTable', () => {
  it('shows every cell with its formatted value, the missing ones in words, and the summaries', () => {
    const wrapper = mountTable();
    expect(wrapper.get('caption').text()).toBe('Rata-rata kesenjangan per unit kerja');
    const header = wrapper.findAll('thead th');
    expect(header.map((th) => th.attributes('scope'))).toEqual(['col', 'col', 'col']);
    // The code on screen, the full name for screen readers and as title.
    expect(header[0].text()).toContain('DC.1.1');
    expect(header[0].find('.sr-only').text()).toBe('DC.1.1 Penelusuran, Pencarian, dan Penyaringan Data');
    expect(header[2].text()).toBe('Keseluruhan');
    const rows = wrapper.findAll('tbody tr');
    expect(rows.map(rowTexts)).toEqual([
      ['Sekretariat Daerah', '+0,50', '-0,25', '+0,20'],
      ['Dinas Pendidikan', 'disembunyikan (kelompok kecil)', '+0,75', '+0,75'],
      ['Kecamatan Ilir Barat II', '+0,10', 'tidak ada data', '+0,10'],
    ]);
    expect(rowTexts(wrapper.get('tfoot tr'))).toEqual(['Keseluruhan', '+0,35', 'tidak ada data', '']);
  });

  it('colours the cells with values from the scale, with readable text, and leaves the missing ones marked', () => {
    const cells = mountTable().findAll('tbody td:not(.summary)');
    // +0.75 on a ±0.75 scale: the darkest red of RdBu, so white text.
    const darkest = cells[3].element as HTMLElement;
    expect(darkest.style.background).toBe('#67001f');
    expect(darkest.style.color).toBe('#ffffff');
    expect(cells[2].classes()).toContain('missing');
    expect((cells[2].element as HTMLElement).style.background).toBe('');
    expect(cells[4].attributes('title')).toBe('1.234 pegawai');
  });

  it('writes numbers and texts in English when the interface is in English', () => {
    const wrapper = mountTable({}, 'en');
    expect(rowTexts(wrapper.findAll('tbody tr')[1])).toEqual(['Dinas Pendidikan', 'withheld (small group)', '+0.75', '+0.75']);
    expect(wrapper.findAll('tbody td:not(.summary)')[4].attributes('title')).toBe('1,234 employees');
  });

  it('has no buttons when the rows cannot be opened, and a click does nothing', async () => {
    const wrapper = mountTable({ drillable: false });
    expect(wrapper.findAll('button')).toHaveLength(0);
    await wrapper.findAll('tbody td')[0].trigger('click');
    expect(wrapper.emitted()).not.toHaveProperty('drill');
  });

  it('drills into a unit from its name (a button, so Enter and Space work) or from any of its cells', async () => {
    const wrapper = mountTable({ drillable: true });
    const names = wrapper.findAll('tbody th button');
    expect(names.map((b) => b.text())).toEqual(['Sekretariat Daerah', 'Dinas Pendidikan', 'Kecamatan Ilir Barat II']);
    expect(names[1].attributes('type')).toBe('button');
    await names[1].trigger('click');
    await wrapper.findAll('tbody tr')[2].findAll('td')[1].trigger('click');
    expect(wrapper.emitted('drill')).toEqual([['33'], ['448']]);
  });

  it('makes each cell a button that opens the cell when cells can be opened; the row name still drills', async () => {
    const wrapper = mountTable({ drillable: true, openCells: true });
    const cellButtons = wrapper.findAll('tbody td .cell-button');
    expect(cellButtons).toHaveLength(6);
    expect(cellButtons[3].text()).toBe('+0,75');
    expect(cellButtons[3].attributes('title')).toBe('40 pegawai · Klik untuk melihat pegawainya pada kompetensi ini');
    await cellButtons[3].trigger('click');
    expect(wrapper.emitted('cell')).toEqual([['33', 'DC.1.2']]);
    // The click on the button does not also drill through the cell.
    expect(wrapper.emitted('drill')).toBeUndefined();
    await wrapper.findAll('tbody th button')[0].trigger('click');
    expect(wrapper.emitted('drill')).toEqual([['1']]);
  });

  it('follows new props: another order of the rows', async () => {
    const wrapper = mountTable();
    const { matrix } = fixture();
    await wrapper.setProps({ matrix: { ...matrix, rows: [...matrix.rows].reverse(), cells: [...matrix.cells.slice(4), ...matrix.cells.slice(2, 4), ...matrix.cells.slice(0, 2)] } });
    expect(wrapper.findAll('tbody th').map((th) => th.text())).toEqual(['Kecamatan Ilir Barat II', 'Dinas Pendidikan', 'Sekretariat Daerah']);
    expect(rowTexts(wrapper.findAll('tbody tr')[0])).toEqual(['Kecamatan Ilir Barat II', '+0,10', 'tidak ada data', '+0,10']);
  });
});
