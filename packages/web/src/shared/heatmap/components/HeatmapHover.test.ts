import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { reactive } from 'vue';
import type { HeatmapHover } from '../heatmap-layout.ts';
import HeatmapHoverView from './HeatmapHover.vue';

const tooltip: NonNullable<HeatmapHover['tooltip']> = {
  placement: { left: 120, top: 40, transform: 'translate(14px, 14px)' },
  title: 'Dinas Kesehatan',
  lines: ['DC.1.1 Evaluasi Data', 'Rata-rata kesenjangan (level): +0,50', '40 pegawai'],
  footer: 'Klik untuk melihat sub-unit',
};

describe('HeatmapHover', () => {
  it('draws nothing while no cell is hovered', () => {
    const hover = { box: null, tooltip: null };
    expect(mount(HeatmapHoverView, { props: { hover, part: 'highlight' } }).find('div').exists()).toBe(false);
    expect(mount(HeatmapHoverView, { props: { hover, part: 'tooltip' } }).find('div').exists()).toBe(false);
  });

  it('outlines the hovered cell at its box', () => {
    const wrapper = mount(HeatmapHoverView, { props: { hover: { box: { left: 30, top: 48, width: 10, height: 24 }, tooltip }, part: 'highlight' } });
    const style = (wrapper.get('.highlight').element as HTMLElement).style;
    expect([style.left, style.top, style.width, style.height]).toEqual(['30px', '48px', '10px', '24px']);
    // The highlight part shows no text.
    expect(wrapper.text()).toBe('');
  });

  it('writes the tooltip beside the pointer, hidden from screen readers (the table view says it all)', () => {
    const wrapper = mount(HeatmapHoverView, { props: { hover: { box: null, tooltip }, part: 'tooltip' } });
    const box = wrapper.get('.tooltip');
    expect(box.attributes('aria-hidden')).toBe('true');
    expect(box.get('strong').text()).toBe('Dinas Kesehatan');
    expect(box.findAll('span').map((s) => s.text())).toEqual(tooltip.lines);
    expect(box.get('em').text()).toBe('Klik untuk melihat sub-unit');
    const style = (box.element as HTMLElement).style;
    expect([style.left, style.top, style.transform]).toEqual(['120px', '40px', 'translate(14px, 14px)']);
  });

  it('leaves out the footer when a click does nothing, and follows the hover state as it changes', async () => {
    const hover = reactive<HeatmapHover>({ box: null, tooltip: { ...tooltip, footer: '' } });
    const wrapper = mount(HeatmapHoverView, { props: { hover, part: 'tooltip' } });
    expect(wrapper.find('em').exists()).toBe(false);
    hover.tooltip = { ...tooltip, title: 'Setda' };
    await wrapper.vm.$nextTick();
    expect(wrapper.get('strong').text()).toBe('Setda');
    hover.tooltip = null;
    await wrapper.vm.$nextTick();
    expect(wrapper.find('.tooltip').exists()).toBe(false);
  });
});
