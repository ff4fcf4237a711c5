import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../i18n/test-i18n.ts';
import { DEFAULT_HEATMAP_CONTROLS, type HeatmapControls } from '../heatmap-controls.ts';
import HeatmapControlsForm from './HeatmapControls.vue';
import { HEATMAP_METRICS } from '../../../shared/heatmap/heatmap-options.ts';

function mountControls(modelValue: HeatmapControls = { ...DEFAULT_HEATMAP_CONTROLS }) {
  return mount(HeatmapControlsForm, { props: { modelValue, today: '2026-11-27' }, global: { plugins: [testI18n()] }, attachTo: document.body });
}

/** The form control whose label says `text` (labels wrap their control). */
function control(wrapper: ReturnType<typeof mountControls>, text: string) {
  const label = wrapper.findAll('label').find((l) => l.get('span').text() === text);
  if (!label) throw new Error(`no control labelled ${text}`);
  return label.find('select').exists() ? label.get('select') : label.get('input');
}

describe('HeatmapControls', () => {
  it('labels every control in Bahasa Indonesia and shows the current choices', () => {
    const wrapper = mountControls({ ...DEFAULT_HEATMAP_CONTROLS, metric: 'COVERAGE', competencyKind: 'TEKNIS', asOf: '2026-06-30' });
    expect(wrapper.get('legend').text()).toBe('Pilihan tampilan');
    expect(wrapper.findAll('label > span').map((s) => s.text())).toEqual([
      'Ukuran', 'Baris', 'Jenis kompetensi', 'Kolom', 'Status pegawai', 'Per tanggal', 'Urutan baris', 'Urutan kolom', 'Kompetensi tanpa data',
    ]);
    expect((control(wrapper, 'Kompetensi tanpa data').element as HTMLSelectElement).selectedOptions[0].text).toBe('Sembunyikan');
    expect((control(wrapper, 'Ukuran').element as HTMLSelectElement).value).toBe('COVERAGE');
    expect(control(wrapper, 'Ukuran').findAll('option')).toHaveLength(HEATMAP_METRICS.length);
    expect((control(wrapper, 'Jenis kompetensi').element as HTMLSelectElement).selectedOptions[0].text).toBe('Teknis');
    expect((control(wrapper, 'Per tanggal').element as HTMLInputElement).value).toBe('2026-06-30');
    expect(control(wrapper, 'Per tanggal').attributes('max')).toBe('2026-11-27');
    wrapper.unmount();
  });

  it('emits the whole new set of controls when one changes (a choice made with the keyboard changes the select the same way)', async () => {
    const wrapper = mountControls();
    const select = control(wrapper, 'Ukuran');
    (select.element as HTMLSelectElement).focus();
    expect(document.activeElement).toBe(select.element);
    await select.setValue('SHARE_BELOW_STANDARD');
    await control(wrapper, 'Urutan baris').setValue('desc');
    expect(wrapper.emitted('update:modelValue')).toEqual([
      [{ ...DEFAULT_HEATMAP_CONTROLS, metric: 'SHARE_BELOW_STANDARD' }],
      // Props are not changed by the component: each event starts from the controls it was given.
      [{ ...DEFAULT_HEATMAP_CONTROLS, sortRows: 'desc' }],
    ]);
    wrapper.unmount();
  });

  it('takes "every status" as null', async () => {
    const wrapper = mountControls({ ...DEFAULT_HEATMAP_CONTROLS, employeeStatus: 'PNS' });
    const status = control(wrapper, 'Status pegawai');
    expect((status.element as HTMLSelectElement).selectedOptions[0].text).toBe('PNS');
    (status.element as HTMLSelectElement).selectedIndex = 0;
    await status.trigger('change');
    expect(wrapper.emitted('update:modelValue')).toEqual([[{ ...DEFAULT_HEATMAP_CONTROLS, employeeStatus: null }]]);
    wrapper.unmount();
  });

  it('reads the date when it is complete, and a cleared date as "today"', async () => {
    const wrapper = mountControls({ ...DEFAULT_HEATMAP_CONTROLS, asOf: '2026-06-30' });
    const date = control(wrapper, 'Per tanggal');
    await date.setValue('2026-01-31');
    await date.setValue('');
    expect(wrapper.emitted('update:modelValue')).toEqual([
      [{ ...DEFAULT_HEATMAP_CONTROLS, asOf: '2026-01-31' }],
      [{ ...DEFAULT_HEATMAP_CONTROLS, asOf: null }],
    ]);
    expect(date.attributes('aria-describedby')).toBe('heatmap-as-of-hint');
    expect(wrapper.get('#heatmap-as-of-hint').text()).toBe('Kosongkan untuk hari ini');
    wrapper.unmount();
  });
});
