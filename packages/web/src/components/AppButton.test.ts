import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import AppButton from './AppButton.vue';

describe('AppButton', () => {
  it('is a plain button (never submits a form by accident) in the secondary style by default', () => {
    const button = mount(AppButton, { slots: { default: 'Unduh' } }).get('button');
    expect(button.text()).toBe('Unduh');
    expect(button.attributes('type')).toBe('button');
    expect(button.classes()).toContain('secondary');
  });

  it('takes its variant and type, and passes clicks on unless disabled', async () => {
    const wrapper = mount(AppButton, { props: { variant: 'primary', type: 'submit' }, slots: { default: 'Simpan' } });
    expect(wrapper.get('button').classes()).toContain('primary');
    expect(wrapper.get('button').attributes('type')).toBe('submit');
    await wrapper.get('button').trigger('click');
    expect(wrapper.emitted('click')).toHaveLength(1);

    const disabled = mount(AppButton, { props: { disabled: true } });
    expect(disabled.get('button').attributes('disabled')).toBeDefined();
  });
});
