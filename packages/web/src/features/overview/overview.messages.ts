import { defineMessages } from '../../i18n/define-messages.ts';

/** Texts of the overview page (Ringkasan); merged into i18n/messages.ts under `overview`. */
export const overviewMessages = defineMessages({
  id: {
    employees: 'Jumlah pegawai (ASN)',
    units: 'Perangkat daerah dan kecamatan',
    competencies: 'Kompetensi dalam kamus',
    unitList: 'Unit kerja tingkat teratas',
    kind: 'Jenis',
    code: 'Kode',
    name: 'Nama',
    loading: 'Memuat data…',
    error: 'Data tidak dapat dimuat. Periksa koneksi ke server lalu coba lagi.',
    empty: 'Belum ada data. Jalankan `pnpm db:seed` untuk mengisi data contoh.',
  },
  en: {
    employees: 'Employees (ASN)',
    units: 'Agencies and districts',
    competencies: 'Competencies in the dictionary',
    unitList: 'Top-level work units',
    kind: 'Kind',
    code: 'Code',
    name: 'Name',
    loading: 'Loading…',
    error: 'The data could not be loaded. Check the connection to the server and try again.',
    empty: 'No data yet. Run `pnpm db:seed` to load the demo data.',
  },
});
