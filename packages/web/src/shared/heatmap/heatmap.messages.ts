import { defineMessages } from '../../i18n/define-messages.ts';

/**
 * Texts of the heatmap's chart, table and legend, wherever they are drawn (the gap map, the training
 * plan); merged into i18n/messages.ts under `heatmapView`.
 */
export const heatmapViewMessages = defineMessages({
  id: {
    label: 'Peta kesenjangan kompetensi',
    chartLabel: 'Peta kesenjangan: {rows} baris × {columns} kolom. Nilai lengkap tersedia di tampilan Tabel.',
    metric: {
      MEAN_GAP: 'Rata-rata kesenjangan (level)',
      SHARE_BELOW_STANDARD: 'Persentase pegawai di bawah standar',
      COUNT_BELOW_STANDARD: 'Jumlah pegawai di bawah standar',
      MEAN_LEVEL: 'Rata-rata level kompetensi',
      COVERAGE: 'Cakupan asesmen',
    },
    view: { label: 'Tampilan', chart: 'Peta', table: 'Tabel' },
    legend: {
      title: 'Keterangan',
      negative: 'Biru: di atas standar (level melebihi persyaratan jabatan)',
      zero: 'Putih: sesuai standar',
      positive: 'Oranye–merah: di bawah standar (ada kesenjangan)',
      low: 'rendah',
      high: 'tinggi',
      noData: 'Tidak ada data: belum ada pegawai yang dinilai atau dipersyaratkan',
      suppressed: 'Disembunyikan: kurang dari {min} pegawai, agar tidak ada yang dapat dikenali',
    },
    nullReason: { NO_DATA: 'tidak ada data', SUPPRESSED: 'disembunyikan (kelompok kecil)' },
    tooltip: { value: 'Nilai', employees: '{count} pegawai', drill: 'Klik untuk melihat sub-unit' },
    table: {
      summary: 'Keseluruhan',
      employees: '{count} pegawai',
    },
    cell: {
      open: 'Klik untuk melihat pegawainya pada kompetensi ini',
    },
  },
  en: {
    label: 'Competency gap map',
    chartLabel: 'Gap map: {rows} rows × {columns} columns. All values are in the Table view.',
    metric: {
      MEAN_GAP: 'Mean gap (levels)',
      SHARE_BELOW_STANDARD: 'Share of employees below the standard',
      COUNT_BELOW_STANDARD: 'Employees below the standard',
      MEAN_LEVEL: 'Mean competency level',
      COVERAGE: 'Assessment coverage',
    },
    view: { label: 'View', chart: 'Map', table: 'Table' },
    legend: {
      title: 'Legend',
      negative: 'Blue: above the standard (level higher than the position requires)',
      zero: 'White: at the standard',
      positive: 'Orange to red: below the standard (a gap)',
      low: 'low',
      high: 'high',
      noData: 'No data: nobody assessed or required',
      suppressed: 'Withheld: fewer than {min} employees, so nobody can be identified',
    },
    nullReason: { NO_DATA: 'no data', SUPPRESSED: 'withheld (small group)' },
    tooltip: { value: 'Value', employees: '{count} employees', drill: 'Click to see the sub-units' },
    table: {
      summary: 'Overall',
      employees: '{count} employees',
    },
    cell: {
      open: 'Click to see its employees on this competency',
    },
  },
});
