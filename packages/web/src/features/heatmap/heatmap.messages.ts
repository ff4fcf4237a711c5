/** Texts of the heatmap's PNG and Excel exports; merged into i18n/messages.ts under `heatmap.export`. */
export const heatmapExportMessages = {
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
};
