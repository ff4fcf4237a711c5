import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import HeadlineFigures from './HeadlineFigures.vue';

const FIGURES = [
  { key: 'employees', value: '3.000', label: 'Jumlah pegawai (ASN)' },
  { key: 'index', value: '3,21 dari 5', label: 'Indeks kesiapan digital kota', note: 'Indeks nasional: 3,12' },
  { key: 'jp', value: '41,2%', label: 'Pegawai dengan ≥ 20 JP tahun 2026' },
];

describe('HeadlineFigures', () => {
  it('shows one figure per entry, in order: value, label and the note when there is one', () => {
    const figures = mount(HeadlineFigures, { props: { figures: FIGURES } }).findAll('.figure');
    expect(figures.map((f) => [f.get('.value').text(), f.get('.label').text(), f.find('.note').exists() ? f.get('.note').text() : null])).toEqual([
      ['3.000', 'Jumlah pegawai (ASN)', null],
      ['3,21 dari 5', 'Indeks kesiapan digital kota', 'Indeks nasional: 3,12'],
      ['41,2%', 'Pegawai dengan ≥ 20 JP tahun 2026', null],
    ]);
  });

  it('follows new figures and shows nothing for none', async () => {
    const wrapper = mount(HeadlineFigures, { props: { figures: FIGURES } });
    await wrapper.setProps({ figures: [FIGURES[1]] });
    expect(wrapper.findAll('.figure')).toHaveLength(1);
    expect(wrapper.get('.value').text()).toBe('3,21 dari 5');
    await wrapper.setProps({ figures: [] });
    expect(wrapper.findAll('.figure')).toHaveLength(0);
  });
});
