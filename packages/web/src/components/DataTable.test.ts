import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import DataTable, { type DataColumn } from './DataTable.vue';

interface Unit {
  id: string;
  name: string;
  employees: number;
}

const rows: Unit[] = [
  { id: '1', name: 'Dinas Kesehatan', employees: 1234 },
  { id: '2', name: 'Kecamatan Ilir Barat I', employees: 87 },
];
const columns: DataColumn<Unit>[] = [
  { key: 'name', label: 'Unit kerja', value: (u) => u.name, rowHeader: true },
  { key: 'employees', label: 'Pegawai', value: (u) => u.employees, numeric: true },
];

describe('DataTable', () => {
  it('is a table with its caption, column headers and one row per record, the name as row header', () => {
    const wrapper = mount(DataTable<Unit>, { props: { columns, rows, rowKey: (u: Unit) => u.id, caption: 'Unit kerja tingkat teratas' } });
    expect(wrapper.get('caption').text()).toBe('Unit kerja tingkat teratas');
    expect(wrapper.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([['Unit kerja', 'col'], ['Pegawai', 'col']]);
    const body = wrapper.findAll('tbody tr');
    expect(body).toHaveLength(2);
    expect(body[0].get('th').attributes('scope')).toBe('row');
    expect(body.map((tr) => tr.findAll('th, td').map((cell) => cell.text()))).toEqual([['Dinas Kesehatan', '1234'], ['Kecamatan Ilir Barat I', '87']]);
    expect(body[0].get('td').classes()).toContain('number');
  });

  it('lets a page draw a column\'s cells itself, and limits the frame\'s height when asked', () => {
    const wrapper = mount(DataTable<Unit>, {
      props: { columns, rows, rowKey: (u: Unit) => u.id, maxHeight: '20rem' },
      slots: { 'cell-name': '<template #cell-name="{ row }"><a :href="`/unit/${row.id}`">{{ row.name }}</a></template>' },
    });
    expect(wrapper.find('caption').exists()).toBe(false);
    expect(wrapper.findAll('tbody a').map((a) => a.attributes('href'))).toEqual(['/unit/1', '/unit/2']);
    expect(wrapper.get('.frame').attributes('style')).toContain('max-height: 20rem');
  });
});
