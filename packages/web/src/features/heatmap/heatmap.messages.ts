import { defineMessages } from '../../i18n/define-messages.ts';

/** Texts of the heatmap's PNG and Excel exports; merged into i18n/messages.ts under `heatmap.export`. */
export const heatmapExportMessages = defineMessages({
  id: {
    label: 'Unduh peta',
    png: 'Unduh PNG',
    pngHint: 'Gambar peta seperti yang tampil, dengan label baris dan kolom, keterangan warna dan judul.',
    xlsx: 'Unduh Excel',
    xlsxHint: 'Matriks yang sama dalam berkas Excel (.xlsx): nilai, jumlah pegawai dan nama kompetensi.',
    preparing: 'Menyiapkan berkas…',
    failed: 'Berkas tidak dapat dibuat. Coba lagi.',
    filePrefix: 'peta-kesenjangan',
    /** The title line of both files: what is shown, for whom and on which day. */
    title: '{metric} · {rows} × kompetensi {kind} ({columns}) · {status} · {scope} · per {asOf}',
    note: 'Sel "{suppressed}": kurang dari {min} pegawai, disembunyikan agar tidak ada yang dapat dikenali. Sel "{noData}": belum ada pegawai yang dinilai atau dipersyaratkan.',
    sheets: { values: 'Nilai', counts: 'Jumlah pegawai', columns: 'Kolom' },
    headers: { code: 'Kode', name: 'Nama', group: 'Kelompok' },
  },
  en: {
    label: 'Download the map',
    png: 'Download PNG',
    pngHint: 'A picture of the map as shown, with the row and column labels, the colour legend and a title.',
    xlsx: 'Download Excel',
    xlsxHint: 'The same matrix as an Excel file (.xlsx): values, numbers of employees and competency names.',
    preparing: 'Preparing the file…',
    failed: 'The file could not be made. Please try again.',
    filePrefix: 'gap-map',
    title: '{metric} · {rows} × {kind} competencies ({columns}) · {status} · {scope} · as of {asOf}',
    note: '"{suppressed}" cells: fewer than {min} employees, withheld so that nobody can be identified. "{noData}" cells: nobody assessed or required yet.',
    sheets: { values: 'Values', counts: 'Employees', columns: 'Columns' },
    headers: { code: 'Code', name: 'Name', group: 'Group' },
  },
});

/**
 * Texts of the gap map page (Peta kesenjangan); merged into i18n/messages.ts under `heatmap`. The
 * chart's own texts are in shared/heatmap/heatmap.messages.ts.
 */
export const heatmapMessages = defineMessages({
  id: {
    export: heatmapExportMessages.id,
    title: 'Peta kesenjangan kompetensi',
    intro: 'Selisih antara level kompetensi pegawai dan level yang dipersyaratkan jabatannya, per kelompok pegawai dan kompetensi.',
    download: 'Unduh CSV',
    downloadHint: 'Satu baris per sel peta yang tampil, dengan label, nilai dan jumlah pegawai.',
    controls: {
      legend: 'Pilihan tampilan',
      metric: 'Ukuran',
      rowGrouping: 'Baris',
      competencyKind: 'Jenis kompetensi',
      columnGrouping: 'Kolom',
      employeeStatus: 'Status pegawai',
      anyStatus: 'Semua status',
      asOf: 'Per tanggal',
      asOfHint: 'Kosongkan untuk hari ini',
      sortRows: 'Urutan baris',
      sortColumns: 'Urutan kolom',
      emptyColumns: 'Kompetensi tanpa data',
    },
    rowGrouping: { UNIT: 'Unit kerja', UNIT_KIND: 'Jenis unit kerja', POSITION_KIND: 'Jenis jabatan', GOLONGAN: 'Golongan' },
    columnGrouping: { COMPETENCY: 'Per kompetensi', GROUP: 'Per kelompok kompetensi' },
    sort: { none: 'Urutan asli', desc: 'Total terbesar dulu', asc: 'Total terkecil dulu' },
    emptyColumns: { hide: 'Sembunyikan', show: 'Tampilkan' },
    hiddenColumns: '{count} kompetensi tanpa data (tidak dipersyaratkan dan belum dinilai) disembunyikan',
    breadcrumb: { label: 'Lingkup unit kerja', city: 'Kota Palembang', back: 'Kembali ke tingkat kota' },
    status: 'Per {asOf} · {source} · kelompok di bawah {min} pegawai disembunyikan',
    source: { ROLLUP: 'data ringkasan terkini', RECOMPUTED: 'dihitung ulang dari riwayat asesmen' },
    loading: 'Memuat peta kesenjangan…',
    error: {
      unavailable: 'Peta kesenjangan tidak dapat dimuat. Periksa koneksi ke server lalu coba lagi.',
      notFound: 'Unit kerja ini tidak ditemukan.',
      badInput: 'Pilihan ini tidak dapat ditampilkan (misalnya tanggal di masa depan). Ubah pilihan lalu coba lagi.',
    },
    empty: 'Tidak ada data kompetensi untuk pilihan ini.',
    emptyUnit: 'Unit kerja ini tidak memiliki sub-unit dengan data. Pilih tingkat di atasnya.',
    drillHint: 'Klik sel atau nama unit kerja untuk melihat sub-unitnya.',
    cell: {
      hint: 'Klik sel untuk melihat pegawai unit itu dengan level mereka terhadap standar pada kompetensi tersebut; dari sana Anda dapat membuka sub-unit dan profil pegawai.',
    },
    table: {
      caption: '{metric} per {rows} dan kompetensi {kind}',
    },
  },
  en: {
    export: heatmapExportMessages.en,
    title: 'Competency gap map',
    intro: 'The difference between the competency levels of employees and the levels their positions require, by group of employees and competency.',
    download: 'Download CSV',
    downloadHint: 'One line per cell of the map shown, with its labels, value and number of employees.',
    controls: {
      legend: 'View options',
      metric: 'Measure',
      rowGrouping: 'Rows',
      competencyKind: 'Competency type',
      columnGrouping: 'Columns',
      employeeStatus: 'Employee status',
      anyStatus: 'Any status',
      asOf: 'As of',
      asOfHint: 'Leave empty for today',
      sortRows: 'Row order',
      sortColumns: 'Column order',
      emptyColumns: 'Competencies without data',
    },
    rowGrouping: { UNIT: 'Work unit', UNIT_KIND: 'Kind of work unit', POSITION_KIND: 'Kind of position', GOLONGAN: 'Grade (golongan)' },
    columnGrouping: { COMPETENCY: 'By competency', GROUP: 'By competency group' },
    sort: { none: 'Original order', desc: 'Largest total first', asc: 'Smallest total first' },
    emptyColumns: { hide: 'Hide', show: 'Show' },
    hiddenColumns: '{count} competencies without data (not required and not assessed) hidden',
    breadcrumb: { label: 'Work unit scope', city: 'City of Palembang', back: 'Back to the city level' },
    status: 'As of {asOf} · {source} · groups under {min} employees withheld',
    source: { ROLLUP: 'up-to-date summary', RECOMPUTED: 'recomputed from the assessment history' },
    loading: 'Loading the gap map…',
    error: {
      unavailable: 'The gap map could not be loaded. Check the connection to the server and try again.',
      notFound: 'This work unit was not found.',
      badInput: 'These options cannot be shown (for example a date in the future). Change them and try again.',
    },
    empty: 'No competency data for these options.',
    emptyUnit: 'This work unit has no sub-units with data. Choose the level above.',
    drillHint: 'Click a cell or a work unit name to see its sub-units.',
    cell: {
      hint: 'Click a cell to see the unit\'s employees with their level against the standard on that competency; from there you can open the sub-units and the employees\' profiles.',
    },
    table: {
      caption: '{metric} by {rows} and {kind} competency',
    },
  },
});
