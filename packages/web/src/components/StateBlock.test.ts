import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../i18n/test-i18n.ts';
import StateBlock from './StateBlock.vue';

const mountState = (props: InstanceType<typeof StateBlock>['$props'], slot?: string, locale: 'id' | 'en' = 'id') =>
  mount(StateBlock, { props, slots: slot ? { default: slot } : {}, global: { plugins: [testI18n(locale)] } });

describe('StateBlock', () => {
  it('announces loading as a status and errors as alerts; an empty state is plain text', () => {
    expect(mountState({ kind: 'loading' }).attributes('role')).toBe('status');
    expect(mountState({ kind: 'error' }).attributes('role')).toBe('alert');
    expect(mountState({ kind: 'forbidden' }).attributes('role')).toBe('alert');
    expect(mountState({ kind: 'empty' }).attributes('role')).toBeUndefined();
  });

  it('shows the page\'s text, else the shared one in the interface language', () => {
    expect(mountState({ kind: 'empty', message: 'Tidak ada pegawai.' }).text()).toBe('Tidak ada pegawai.');
    expect(mountState({ kind: 'loading' }).text()).toBe('Memuat data…');
    expect(mountState({ kind: 'forbidden' }, undefined, 'en').text()).toBe('Your account may not open this data.');
  });

  it('keeps what the page adds below the text, e.g. a way back', () => {
    const wrapper = mountState({ kind: 'error', message: 'Tidak ditemukan.' }, '<a href="/pegawai">Kembali</a>');
    expect(wrapper.find('p').text()).toBe('Tidak ditemukan.');
    expect(wrapper.get('a').text()).toBe('Kembali');
    expect(wrapper.classes()).toContain('error');
  });
});
