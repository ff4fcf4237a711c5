import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CsvDownloadButton from './CsvDownloadButton.vue';

/** What a click hands to the browser: the object URL's blob and the link's file name. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

afterEach(() => vi.restoreAllMocks());

describe('CsvDownloadButton', () => {
  it('is a labelled button with its hint as title', () => {
    const wrapper = mount(CsvDownloadButton, { props: { label: 'Unduh CSV', fileName: 'a.csv', csv: () => '', hint: 'Semua angka' } });
    const button = wrapper.get('button');
    expect(button.text()).toBe('Unduh CSV');
    expect(button.attributes('type')).toBe('button');
    expect(button.attributes('title')).toBe('Semua angka');
  });

  it('builds the CSV only when pressed and offers it under the given file name', async () => {
    const { blobs, names } = captureDownloads();
    const csv = vi.fn(() => 'kolom;nilai\r\nA;1\r\n');
    const wrapper = mount(CsvDownloadButton, { props: { label: 'Unduh CSV', fileName: 'peta-2026-11-27.csv', csv } });
    expect(csv).not.toHaveBeenCalled();
    await wrapper.get('button').trigger('click');
    expect(csv).toHaveBeenCalledTimes(1);
    expect(names).toEqual(['peta-2026-11-27.csv']);
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0].text()).toBe('kolom;nilai\r\nA;1\r\n');
    // The link is removed again after the click.
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });

  it('does nothing while disabled', async () => {
    const { names } = captureDownloads();
    const csv = vi.fn(() => 'x');
    const wrapper = mount(CsvDownloadButton, { props: { label: 'Unduh CSV', fileName: 'a.csv', csv, disabled: true } });
    expect(wrapper.get('button').attributes('disabled')).toBeDefined();
    await wrapper.get('button').trigger('click');
    expect(csv).not.toHaveBeenCalled();
    expect(names).toEqual([]);
  });
});
