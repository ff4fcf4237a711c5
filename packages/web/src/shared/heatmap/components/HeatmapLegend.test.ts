import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../i18n/test-i18n.ts';
import { cssGradient, scaleFor } from '../heatmap-scale.ts';
import HeatmapLegend from './HeatmapLegend.vue';

function mountLegend(metric: 'MEAN_GAP' | 'SHARE_BELOW_STANDARD', values: number[], locale: 'id' | 'en' = 'id') {
  return mount(HeatmapLegend, { props: { scale: scaleFor(metric, values), metric, minGroupSize: 7 }, global: { plugins: [testI18n(locale)] } });
}

describe('HeatmapLegend', () => {
  it('is a labelled region naming the metric, with the scale\'s ends and middle formatted as the cells are', () => {
    const wrapper = mountLegend('MEAN_GAP', [0.6, -0.2]);
    expect(wrapper.get('section').attributes('aria-label')).toBe('Keterangan');
    expect(wrapper.get('.scale-title').text()).toBe('Rata-rata kesenjangan (level)');
    expect(wrapper.findAll('.ticks span').map((s) => s.text())).toEqual(['-0,75', '0,00', '+0,75']);
    expect((wrapper.get('.bar').element as HTMLElement).style.background).toContain('linear-gradient');
  });

  it('explains blue and red for the signed gap, and not for a sequential scale', () => {
    expect(mountLegend('MEAN_GAP', [1]).findAll('.notes li').map((li) => li.text())).toEqual([
      'Biru: di atas standar (level melebihi persyaratan jabatan)',
      'Putih: sesuai standar',
      'Oranye–merah: di bawah standar (ada kesenjangan)',
    ]);
    const share = mountLegend('SHARE_BELOW_STANDARD', []);
    expect(share.find('.notes').exists()).toBe(false);
    expect(share.findAll('.ticks span').map((s) => s.text())).toEqual(['0%', '50%', '100%']);
  });

  it('shows both kinds of cells without a value, with the group size the API withholds under', () => {
    const items = mountLegend('MEAN_GAP', [1]).findAll('.nulls li');
    expect(items.map((li) => li.text())).toEqual([
      'Tidak ada data: belum ada pegawai yang dinilai atau dipersyaratkan',
      'Disembunyikan: kurang dari 7 pegawai, agar tidak ada yang dapat dikenali',
    ]);
    // The swatches are decoration: the words say it.
    items.forEach((li) => expect(li.get('.swatch').attributes('aria-hidden')).toBe('true'));
    const [noData, withheld] = items.map((li) => (li.get('.swatch').element as HTMLElement).getAttribute('style'));
    expect(noData).not.toBe(withheld);
  });

  it('follows a new scale and the language', async () => {
    const wrapper = mountLegend('MEAN_GAP', [1], 'en');
    expect(wrapper.get('.scale-title').text()).toBe('Mean gap (levels)');
    await wrapper.setProps({ scale: scaleFor('MEAN_GAP', [2]) });
    expect(wrapper.findAll('.ticks span').map((s) => s.text())).toEqual(['-2.00', '0.00', '+2.00']);
    expect(cssGradient(scaleFor('MEAN_GAP', [2]))).toContain('#053061');
  });
});
