/**
 * Perangkat daerah (work units) of Kota Palembang used by the seed.
 *
 * Kecamatan and kelurahan: names and Kemendagri codes come from the npm package `idn-area-data`
 * (v3.1.2, https://github.com/fityannugroho/idn-area-data, data/districts.csv and data/villages.csv,
 * regency 16.71 KOTA PALEMBANG). The package code is MIT-licensed; its data is made available under the
 * Open Database License (ODbL) 1.0: © idn-area-data contributors, derived from official government
 * sources. This list is a derived database and remains under the ODbL.
 * Adaptations: names are given in Title Case with the prefix 'Kelurahan'/'Kecamatan'; hyphenated
 * number words are written with spaces ('Tiga-puluh-lima Ilir' → 'Tiga Puluh Lima Ilir', locally
 * written '35 Ilir'); names the package writes as one word are split where local usage separates them
 * (the package spelling is kept in a comment on those lines). Kecamatan names follow local usage
 * ('Bukit Kecil', 'Alang-Alang Lebar', 'Sematang Borang'; the package writes 'Bukitkecil',
 * 'Alang-alang Lebar', 'Sematangborang'); kecamatan codes are identical in both.
 *
 * Other perangkat daerah: the nomenclature of the OPD, their bidang and seksi is a realistic model of a
 * large Indonesian city (Permendagri on nomenclature of perangkat daerah), not a copy of the current
 * Perda SOTK of Kota Palembang; BKPSDM should correct it against the Perda and Perwali in force.
 * `weight`, `digitalBias` and `generalBias` are demo parameters for the generator, not statistics.
 */
import { WorkUnitKind } from '../../../modules/work-unit/work-unit.entity.js';
import type { OpdSeed } from './types.js';

export const OPDS: OpdSeed[] = [
  // -------------------------------------------------------------------------------------------------
  // Sekretariat, Inspektorat
  // -------------------------------------------------------------------------------------------------
  {
    code: 'SETDA',
    name: 'Sekretariat Daerah Kota Palembang',
    shortName: 'Setda',
    kind: WorkUnitKind.SEKRETARIAT,
    field: 'PEMERINTAHAN',
    weight: 0.022,
    digitalBias: 0.1,
    generalBias: 0.15,
    children: [
      {
        code: 'SETDA.PEM', name: 'Bagian Pemerintahan', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'SETDA.PEM.OTDA', name: 'Subbagian Otonomi Daerah dan Kerja Sama', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'SETDA.PEM.WIL', name: 'Subbagian Administrasi Kewilayahan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'SETDA.HUK', name: 'Bagian Hukum', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'SETDA.HUK.PUU', name: 'Subbagian Perundang-undangan', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'SETDA.HUK.BANKUM', name: 'Subbagian Bantuan Hukum', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'SETDA.ORG', name: 'Bagian Organisasi', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'SETDA.ORG.KELEM', name: 'Subbagian Kelembagaan dan Analisis Jabatan', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'SETDA.ORG.RB', name: 'Subbagian Reformasi Birokrasi dan Akuntabilitas Kinerja', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'SETDA.UMUM', name: 'Bagian Umum', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'SETDA.UMUM.TU', name: 'Subbagian Tata Usaha Pimpinan dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'SETDA.UMUM.RT', name: 'Subbagian Rumah Tangga dan Perlengkapan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      { code: 'SETDA.EKO', name: 'Bagian Perekonomian dan Sumber Daya Alam', kind: WorkUnitKind.BAGIAN },
      { code: 'SETDA.ADPEM', name: 'Bagian Administrasi Pembangunan', kind: WorkUnitKind.BAGIAN },
      { code: 'SETDA.PBJ', name: 'Bagian Pengadaan Barang dan Jasa', kind: WorkUnitKind.BAGIAN },
      { code: 'SETDA.PROKOPIM', name: 'Bagian Protokol dan Komunikasi Pimpinan', kind: WorkUnitKind.BAGIAN },
      { code: 'SETDA.KESRA', name: 'Bagian Kesejahteraan Rakyat', kind: WorkUnitKind.BAGIAN },
    ],
  },
  {
    code: 'SETWAN',
    name: 'Sekretariat Dewan Perwakilan Rakyat Daerah Kota Palembang',
    shortName: 'Setwan',
    kind: WorkUnitKind.SEKRETARIAT,
    field: 'PEMERINTAHAN',
    weight: 0.008,
    digitalBias: 0,
    generalBias: 0,
    children: [
      { code: 'SETWAN.UMKEU', name: 'Bagian Umum dan Keuangan', kind: WorkUnitKind.BAGIAN },
      { code: 'SETWAN.SIDANG', name: 'Bagian Persidangan dan Perundang-undangan', kind: WorkUnitKind.BAGIAN },
      { code: 'SETWAN.FASANG', name: 'Bagian Fasilitasi Penganggaran dan Pengawasan', kind: WorkUnitKind.BAGIAN },
      { code: 'SETWAN.HUMAS', name: 'Bagian Hubungan Masyarakat dan Protokol', kind: WorkUnitKind.BAGIAN },
    ],
  },
  {
    code: 'INSPEKTORAT',
    name: 'Inspektorat Kota Palembang',
    shortName: 'Inspektorat',
    kind: WorkUnitKind.INSPEKTORAT,
    field: 'KEUANGAN',
    weight: 0.006,
    digitalBias: 0.1,
    generalBias: 0.2,
    children: [
      {
        code: 'INSPEKTORAT.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'INSPEKTORAT.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'INSPEKTORAT.SEKRE.PEP', name: 'Subbagian Perencanaan, Evaluasi, dan Pelaporan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      { code: 'INSPEKTORAT.IRBAN1', name: 'Inspektur Pembantu Wilayah I', kind: WorkUnitKind.BIDANG },
      { code: 'INSPEKTORAT.IRBAN2', name: 'Inspektur Pembantu Wilayah II', kind: WorkUnitKind.BIDANG },
      { code: 'INSPEKTORAT.IRBAN3', name: 'Inspektur Pembantu Wilayah III', kind: WorkUnitKind.BIDANG },
      { code: 'INSPEKTORAT.IRBAN4', name: 'Inspektur Pembantu Wilayah IV', kind: WorkUnitKind.BIDANG },
      { code: 'INSPEKTORAT.IRBANSUS', name: 'Inspektur Pembantu Khusus', kind: WorkUnitKind.BIDANG },
    ],
  },

  // -------------------------------------------------------------------------------------------------
  // Dinas
  // -------------------------------------------------------------------------------------------------
  {
    code: 'DISDIK',
    name: 'Dinas Pendidikan Kota Palembang',
    shortName: 'Disdik',
    kind: WorkUnitKind.DINAS,
    field: 'PENDIDIKAN',
    weight: 0.3,
    digitalBias: -0.05,
    generalBias: 0.05,
    children: [
      {
        code: 'DISDIK.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'DISDIK.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'DISDIK.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'DISDIK.PAUD', name: 'Bidang Pembinaan PAUD dan Pendidikan Nonformal', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISDIK.PAUD.KELEM', name: 'Seksi Kelembagaan dan Sarana Prasarana PAUD', kind: WorkUnitKind.SEKSI },
          { code: 'DISDIK.PAUD.PNF', name: 'Seksi Pendidikan Masyarakat dan Kesetaraan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISDIK.SD', name: 'Bidang Pembinaan Sekolah Dasar', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISDIK.SD.KUR', name: 'Seksi Kurikulum dan Penilaian SD', kind: WorkUnitKind.SEKSI },
          { code: 'DISDIK.SD.PD', name: 'Seksi Peserta Didik dan Pembangunan Karakter SD', kind: WorkUnitKind.SEKSI },
          { code: 'DISDIK.SD.SARPRAS', name: 'Seksi Kelembagaan dan Sarana Prasarana SD', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISDIK.SMP', name: 'Bidang Pembinaan Sekolah Menengah Pertama', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISDIK.SMP.KUR', name: 'Seksi Kurikulum dan Penilaian SMP', kind: WorkUnitKind.SEKSI },
          { code: 'DISDIK.SMP.PD', name: 'Seksi Peserta Didik dan Pembangunan Karakter SMP', kind: WorkUnitKind.SEKSI },
          { code: 'DISDIK.SMP.SARPRAS', name: 'Seksi Kelembagaan dan Sarana Prasarana SMP', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISDIK.GTK', name: 'Bidang Guru dan Tenaga Kependidikan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISDIK.GTK.SD', name: 'Seksi Pendidik dan Tenaga Kependidikan SD', kind: WorkUnitKind.SEKSI },
          { code: 'DISDIK.GTK.SMP', name: 'Seksi Pendidik dan Tenaga Kependidikan SMP', kind: WorkUnitKind.SEKSI },
        ],
      },
      { code: 'DISDIK.SDN001', name: 'SD Negeri 1 Palembang', kind: WorkUnitKind.SEKOLAH },
      { code: 'DISDIK.SDN002', name: 'SD Negeri 2 Palembang', kind: WorkUnitKind.SEKOLAH },
      { code: 'DISDIK.SDN004', name: 'SD Negeri 4 Palembang', kind: WorkUnitKind.SEKOLAH },
      { code: 'DISDIK.SDN015', name: 'SD Negeri 15 Palembang', kind: WorkUnitKind.SEKOLAH },
      { code: 'DISDIK.SDN021', name: 'SD Negeri 21 Palembang', kind: WorkUnitKind.SEKOLAH },
      { code: 'DISDIK.SDN079', name: 'SD Negeri 79 Palembang', kind: WorkUnitKind.SEKOLAH },
      { code: 'DISDIK.SDN117', name: 'SD Negeri 117 Palembang', kind: WorkUnitKind.SEKOLAH },
      { code: 'DISDIK.SMPN01', name: 'SMP Negeri 1 Palembang', kind: WorkUnitKind.SEKOLAH },
      { code: 'DISDIK.SMPN03', name: 'SMP Negeri 3 Palembang', kind: WorkUnitKind.SEKOLAH },
      { code: 'DISDIK.SMPN09', name: 'SMP Negeri 9 Palembang', kind: WorkUnitKind.SEKOLAH },
      { code: 'DISDIK.SMPN17', name: 'SMP Negeri 17 Palembang', kind: WorkUnitKind.SEKOLAH },
      { code: 'DISDIK.SMPN33', name: 'SMP Negeri 33 Palembang', kind: WorkUnitKind.SEKOLAH },
    ],
  },
  {
    code: 'DINKES',
    name: 'Dinas Kesehatan Kota Palembang',
    shortName: 'Dinkes',
    kind: WorkUnitKind.DINAS,
    field: 'KESEHATAN',
    weight: 0.12,
    digitalBias: 0.1,
    generalBias: 0.1,
    children: [
      {
        code: 'DINKES.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'DINKES.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'DINKES.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'DINKES.KESMAS', name: 'Bidang Kesehatan Masyarakat', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DINKES.KESMAS.KGM', name: 'Seksi Kesehatan Keluarga dan Gizi Masyarakat', kind: WorkUnitKind.SEKSI },
          { code: 'DINKES.KESMAS.PROMKES', name: 'Seksi Promosi dan Pemberdayaan Masyarakat', kind: WorkUnitKind.SEKSI },
          { code: 'DINKES.KESMAS.KESLING', name: 'Seksi Kesehatan Lingkungan, Kesehatan Kerja, dan Olahraga', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DINKES.P2P', name: 'Bidang Pencegahan dan Pengendalian Penyakit', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DINKES.P2P.SURIM', name: 'Seksi Surveilans dan Imunisasi', kind: WorkUnitKind.SEKSI },
          { code: 'DINKES.P2P.PM', name: 'Seksi Pencegahan dan Pengendalian Penyakit Menular', kind: WorkUnitKind.SEKSI },
          { code: 'DINKES.P2P.PTM', name: 'Seksi Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DINKES.YANKES', name: 'Bidang Pelayanan Kesehatan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DINKES.YANKES.PRIMER', name: 'Seksi Pelayanan Kesehatan Primer', kind: WorkUnitKind.SEKSI },
          { code: 'DINKES.YANKES.RUJUKAN', name: 'Seksi Pelayanan Kesehatan Rujukan dan Mutu', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DINKES.SDK', name: 'Bidang Sumber Daya Kesehatan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DINKES.SDK.FARMALKES', name: 'Seksi Kefarmasian dan Alat Kesehatan', kind: WorkUnitKind.SEKSI },
          { code: 'DINKES.SDK.SDMK', name: 'Seksi Sumber Daya Manusia Kesehatan', kind: WorkUnitKind.SEKSI },
        ],
      },
      { code: 'DINKES.UPTD.IFK', name: 'UPTD Instalasi Farmasi Kota', kind: WorkUnitKind.UPTD },
      { code: 'DINKES.PKM.DEMPO', name: 'Puskesmas Dempo', kind: WorkUnitKind.PUSKESMAS },
      { code: 'DINKES.PKM.MERDEKA', name: 'Puskesmas Merdeka', kind: WorkUnitKind.PUSKESMAS },
      { code: 'DINKES.PKM.MAKRAYU', name: 'Puskesmas Makrayu', kind: WorkUnitKind.PUSKESMAS },
      { code: 'DINKES.PKM.KENTEN', name: 'Puskesmas Kenten', kind: WorkUnitKind.PUSKESMAS },
      { code: 'DINKES.PKM.SEKIP', name: 'Puskesmas Sekip', kind: WorkUnitKind.PUSKESMAS },
      { code: 'DINKES.PKM.BASUKIRAHMAT', name: 'Puskesmas Basuki Rahmat', kind: WorkUnitKind.PUSKESMAS },
      { code: 'DINKES.PKM.KERTAPATI', name: 'Puskesmas Kertapati', kind: WorkUnitKind.PUSKESMAS },
      { code: 'DINKES.PKM.PLAJU', name: 'Puskesmas Plaju', kind: WorkUnitKind.PUSKESMAS },
      { code: 'DINKES.PKM.SABOKINGKING', name: 'Puskesmas Sabokingking', kind: WorkUnitKind.PUSKESMAS },
      { code: 'DINKES.PKM.BOOMBARU', name: 'Puskesmas Boom Baru', kind: WorkUnitKind.PUSKESMAS },
      { code: 'DINKES.PKM.4ULU', name: 'Puskesmas 4 Ulu', kind: WorkUnitKind.PUSKESMAS },
    ],
  },
  {
    code: 'DPUPR',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang Kota Palembang',
    shortName: 'Dinas PUPR',
    kind: WorkUnitKind.DINAS,
    field: 'PEKERJAAN_UMUM',
    weight: 0.016,
    digitalBias: 0,
    generalBias: 0,
    children: [
      {
        code: 'DPUPR.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'DPUPR.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'DPUPR.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'DPUPR.BM', name: 'Bidang Bina Marga', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DPUPR.BM.PEMB', name: 'Seksi Pembangunan Jalan dan Jembatan', kind: WorkUnitKind.SEKSI },
          { code: 'DPUPR.BM.PEML', name: 'Seksi Pemeliharaan Jalan dan Jembatan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DPUPR.SDA', name: 'Bidang Sumber Daya Air', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DPUPR.SDA.DRAINASE', name: 'Seksi Drainase Perkotaan', kind: WorkUnitKind.SEKSI },
          { code: 'DPUPR.SDA.BANJIR', name: 'Seksi Pengendalian Banjir dan Kolam Retensi', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DPUPR.TR', name: 'Bidang Penataan Ruang', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DPUPR.TR.RENC', name: 'Seksi Perencanaan Tata Ruang', kind: WorkUnitKind.SEKSI },
          { code: 'DPUPR.TR.DAL', name: 'Seksi Pengendalian Pemanfaatan Ruang', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DPUPR.CK', name: 'Bidang Cipta Karya dan Bina Konstruksi', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DPUPR.CK.BG', name: 'Seksi Bangunan Gedung', kind: WorkUnitKind.SEKSI },
          { code: 'DPUPR.CK.JAKON', name: 'Seksi Bina Jasa Konstruksi', kind: WorkUnitKind.SEKSI },
        ],
      },
    ],
  },
  {
    code: 'PERKIM',
    name: 'Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Palembang',
    shortName: 'Disperkim',
    kind: WorkUnitKind.DINAS,
    field: 'PEKERJAAN_UMUM',
    weight: 0.008,
    digitalBias: -0.05,
    generalBias: 0,
    children: [
      {
        code: 'PERKIM.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'PERKIM.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'PERKIM.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'PERKIM.RUMAH', name: 'Bidang Perumahan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'PERKIM.RUMAH.DATA', name: 'Seksi Pendataan dan Perencanaan Perumahan', kind: WorkUnitKind.SEKSI },
          { code: 'PERKIM.RUMAH.RTLH', name: 'Seksi Peningkatan Kualitas Rumah Tidak Layak Huni', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'PERKIM.KAWASAN', name: 'Bidang Kawasan Permukiman', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'PERKIM.KAWASAN.KUMUH', name: 'Seksi Penanganan Permukiman Kumuh', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'PERKIM.PSU', name: 'Bidang Prasarana, Sarana, dan Utilitas Umum', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'PERKIM.PSU.AMS', name: 'Seksi Air Minum dan Sanitasi', kind: WorkUnitKind.SEKSI },
          { code: 'PERKIM.PSU.PJU', name: 'Seksi Penerangan Jalan Umum dan Pertamanan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'PERKIM.TANAH', name: 'Bidang Pertanahan', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'PERKIM.TANAH.PENGADAAN', name: 'Seksi Pengadaan dan Penyelesaian Sengketa Tanah', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },
  {
    code: 'DINSOS',
    name: 'Dinas Sosial Kota Palembang',
    shortName: 'Dinsos',
    kind: WorkUnitKind.DINAS,
    field: 'SOSIAL',
    weight: 0.008,
    digitalBias: -0.1,
    generalBias: 0,
    children: [
      {
        code: 'DINSOS.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'DINSOS.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'DINSOS.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'DINSOS.REHSOS', name: 'Bidang Rehabilitasi Sosial', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DINSOS.REHSOS.ANAKLANSIA', name: 'Seksi Rehabilitasi Sosial Anak dan Lanjut Usia', kind: WorkUnitKind.SEKSI },
          { code: 'DINSOS.REHSOS.DISABILITAS', name: 'Seksi Rehabilitasi Sosial Penyandang Disabilitas', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DINSOS.LINJAMSOS', name: 'Bidang Perlindungan dan Jaminan Sosial', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DINSOS.LINJAMSOS.BENCANA', name: 'Seksi Perlindungan Sosial Korban Bencana', kind: WorkUnitKind.SEKSI },
          { code: 'DINSOS.LINJAMSOS.JAMSOS', name: 'Seksi Jaminan Sosial Keluarga', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DINSOS.DAYASOS', name: 'Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DINSOS.DAYASOS.PSKS', name: 'Seksi Pemberdayaan Potensi dan Sumber Kesejahteraan Sosial', kind: WorkUnitKind.SEKSI },
          { code: 'DINSOS.DAYASOS.PFM', name: 'Seksi Penanganan Fakir Miskin', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DINSOS.DATA', name: 'Bidang Data dan Informasi Kesejahteraan Sosial', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DINSOS.DATA.DTKS', name: 'Seksi Pengelolaan Data Terpadu Kesejahteraan Sosial', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },
  {
    code: 'DISDUKCAPIL',
    name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Palembang',
    shortName: 'Disdukcapil',
    kind: WorkUnitKind.DINAS,
    field: 'ADMINDUK',
    weight: 0.01,
    digitalBias: 0.4,
    generalBias: 0.1,
    children: [
      {
        code: 'DISDUKCAPIL.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'DISDUKCAPIL.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'DISDUKCAPIL.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'DISDUKCAPIL.DAFDUK', name: 'Bidang Pelayanan Pendaftaran Penduduk', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISDUKCAPIL.DAFDUK.IDENTITAS', name: 'Seksi Identitas Penduduk', kind: WorkUnitKind.SEKSI },
          { code: 'DISDUKCAPIL.DAFDUK.PINDAH', name: 'Seksi Pindah Datang Penduduk', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISDUKCAPIL.CAPIL', name: 'Bidang Pelayanan Pencatatan Sipil', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISDUKCAPIL.CAPIL.LAHIRMATI', name: 'Seksi Kelahiran dan Kematian', kind: WorkUnitKind.SEKSI },
          { code: 'DISDUKCAPIL.CAPIL.KAWIN', name: 'Seksi Perkawinan, Perceraian, dan Perubahan Status Anak', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISDUKCAPIL.PIAK', name: 'Bidang Pengelolaan Informasi Administrasi Kependudukan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISDUKCAPIL.PIAK.SIAK', name: 'Seksi Sistem Informasi Administrasi Kependudukan', kind: WorkUnitKind.SEKSI },
          { code: 'DISDUKCAPIL.PIAK.DATA', name: 'Seksi Pengolahan dan Penyajian Data Kependudukan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISDUKCAPIL.PDIP', name: 'Bidang Pemanfaatan Data dan Inovasi Pelayanan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISDUKCAPIL.PDIP.KERJASAMA', name: 'Seksi Kerja Sama dan Pemanfaatan Data', kind: WorkUnitKind.SEKSI },
          { code: 'DISDUKCAPIL.PDIP.INOVASI', name: 'Seksi Inovasi Pelayanan', kind: WorkUnitKind.SEKSI },
        ],
      },
    ],
  },
  {
    code: 'DISKOMINFO',
    name: 'Dinas Komunikasi dan Informatika Kota Palembang',
    shortName: 'Diskominfo',
    kind: WorkUnitKind.DINAS,
    field: 'TIK',
    weight: 0.007,
    digitalBias: 0.8,
    generalBias: 0.2,
    children: [
      {
        code: 'DISKOMINFO.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'DISKOMINFO.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'DISKOMINFO.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'DISKOMINFO.IKP', name: 'Bidang Informasi dan Komunikasi Publik', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISKOMINFO.IKP.INFO', name: 'Seksi Pengelolaan Informasi Publik', kind: WorkUnitKind.SEKSI },
          { code: 'DISKOMINFO.IKP.MEDIA', name: 'Seksi Media Komunikasi Publik', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISKOMINFO.APTIKA', name: 'Bidang Aplikasi Informatika', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISKOMINFO.APTIKA.APP', name: 'Seksi Pengembangan Aplikasi', kind: WorkUnitKind.SEKSI },
          { code: 'DISKOMINFO.APTIKA.SPBE', name: 'Seksi Tata Kelola SPBE', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISKOMINFO.INFRA', name: 'Bidang Infrastruktur dan Teknologi', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISKOMINFO.INFRA.JAR', name: 'Seksi Infrastruktur Jaringan', kind: WorkUnitKind.SEKSI },
          { code: 'DISKOMINFO.INFRA.DC', name: 'Seksi Pusat Data dan Komputasi Awan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISKOMINFO.SANDISTAT', name: 'Bidang Persandian dan Statistik', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISKOMINFO.SANDISTAT.SANDI', name: 'Seksi Persandian dan Keamanan Informasi', kind: WorkUnitKind.SEKSI },
          { code: 'DISKOMINFO.SANDISTAT.STAT', name: 'Seksi Statistik Sektoral', kind: WorkUnitKind.SEKSI },
        ],
      },
    ],
  },
  {
    code: 'DISHUB',
    name: 'Dinas Perhubungan Kota Palembang',
    shortName: 'Dishub',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.018,
    digitalBias: -0.1,
    generalBias: 0,
    children: [
      {
        code: 'DISHUB.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'DISHUB.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'DISHUB.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'DISHUB.LALIN', name: 'Bidang Lalu Lintas', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISHUB.LALIN.MRLL', name: 'Seksi Manajemen dan Rekayasa Lalu Lintas', kind: WorkUnitKind.SEKSI },
          { code: 'DISHUB.LALIN.DALOPS', name: 'Seksi Pengendalian dan Operasional', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISHUB.ANGKUTAN', name: 'Bidang Angkutan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISHUB.ANGKUTAN.ORANG', name: 'Seksi Angkutan Orang', kind: WorkUnitKind.SEKSI },
          { code: 'DISHUB.ANGKUTAN.SUNGAI', name: 'Seksi Angkutan Sungai dan Penyeberangan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISHUB.PARKIR', name: 'Bidang Perparkiran', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISHUB.PARKIR.KELOLA', name: 'Seksi Pengelolaan dan Pengawasan Parkir', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DISHUB.SARPRAS', name: 'Bidang Sarana dan Prasarana', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISHUB.SARPRAS.PERLENG', name: 'Seksi Perlengkapan Jalan', kind: WorkUnitKind.SEKSI },
          { code: 'DISHUB.SARPRAS.PKB', name: 'Seksi Pengujian Kendaraan Bermotor', kind: WorkUnitKind.SEKSI },
        ],
      },
    ],
  },
  {
    code: 'DLHK',
    name: 'Dinas Lingkungan Hidup dan Kebersihan Kota Palembang',
    shortName: 'DLHK',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.025,
    digitalBias: -0.2,
    generalBias: -0.05,
    children: [
      {
        code: 'DLHK.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'DLHK.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'DLHK.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'DLHK.KEBERSIHAN', name: 'Bidang Kebersihan dan Pengelolaan Sampah', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DLHK.KEBERSIHAN.PENGURANGAN', name: 'Seksi Pengurangan Sampah', kind: WorkUnitKind.SEKSI },
          { code: 'DLHK.KEBERSIHAN.PENANGANAN', name: 'Seksi Penanganan Sampah dan TPA', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DLHK.TALING', name: 'Bidang Tata Lingkungan', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DLHK.TALING.KAJIAN', name: 'Seksi Kajian Dampak Lingkungan', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DLHK.PPKL', name: 'Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DLHK.PPKL.PANTAU', name: 'Seksi Pemantauan Kualitas Lingkungan', kind: WorkUnitKind.SEKSI },
          { code: 'DLHK.PPKL.GAKKUM', name: 'Seksi Pengaduan dan Penegakan Hukum Lingkungan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DLHK.RTH', name: 'Bidang Pertamanan dan Ruang Terbuka Hijau', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DLHK.RTH.TAMAN', name: 'Seksi Pemeliharaan Taman dan Ruang Terbuka Hijau', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },
  {
    code: 'DPPPA',
    name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Palembang',
    shortName: 'DP3A',
    kind: WorkUnitKind.DINAS,
    field: 'SOSIAL',
    weight: 0.005,
    digitalBias: 0,
    generalBias: 0.1,
    children: [
      {
        code: 'DPPPA.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'DPPPA.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'DPPPA.KG', name: 'Bidang Kesetaraan Gender dan Kualitas Hidup Perempuan', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DPPPA.KG.PUG', name: 'Seksi Pengarusutamaan Gender', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DPPPA.PP', name: 'Bidang Perlindungan Hak Perempuan', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DPPPA.PP.KEKERASAN', name: 'Seksi Pencegahan Kekerasan terhadap Perempuan', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DPPPA.PA', name: 'Bidang Pemenuhan Hak dan Perlindungan Khusus Anak', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DPPPA.PA.PHA', name: 'Seksi Pemenuhan Hak Anak dan Kota Layak Anak', kind: WorkUnitKind.SEKSI },
          { code: 'DPPPA.PA.PKA', name: 'Seksi Perlindungan Khusus Anak', kind: WorkUnitKind.SEKSI },
        ],
      },
      { code: 'DPPPA.UPTD.PPA', name: 'UPTD Perlindungan Perempuan dan Anak', kind: WorkUnitKind.UPTD },
    ],
  },
  {
    code: 'DPPKB',
    name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana Kota Palembang',
    shortName: 'DPPKB',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.008,
    digitalBias: -0.1,
    generalBias: 0,
    children: [
      {
        code: 'DPPKB.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'DPPKB.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'DPPKB.DALDUK', name: 'Bidang Pengendalian Penduduk, Penyuluhan, dan Penggerakan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DPPKB.DALDUK.PENDUDUK', name: 'Seksi Pengendalian Penduduk', kind: WorkUnitKind.SEKSI },
          { code: 'DPPKB.DALDUK.PENYULUHAN', name: 'Seksi Penyuluhan dan Penggerakan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DPPKB.KB', name: 'Bidang Keluarga Berencana', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DPPKB.KB.YAN', name: 'Seksi Pelayanan Keluarga Berencana', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DPPKB.KSK', name: 'Bidang Ketahanan dan Kesejahteraan Keluarga', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DPPKB.KSK.BKB', name: 'Seksi Bina Keluarga Balita, Remaja, dan Lansia', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },
  {
    code: 'DISNAKER',
    name: 'Dinas Tenaga Kerja Kota Palembang',
    shortName: 'Disnaker',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.005,
    digitalBias: 0,
    generalBias: 0,
    children: [
      {
        code: 'DISNAKER.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'DISNAKER.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'DISNAKER.PENTA', name: 'Bidang Penempatan dan Perluasan Kesempatan Kerja', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISNAKER.PENTA.PENEMPATAN', name: 'Seksi Penempatan Tenaga Kerja', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DISNAKER.LATTAS', name: 'Bidang Pelatihan dan Produktivitas', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISNAKER.LATTAS.PELATIHAN', name: 'Seksi Pelatihan Kerja', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DISNAKER.HI', name: 'Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISNAKER.HI.PERSELISIHAN', name: 'Seksi Penyelesaian Perselisihan Hubungan Industrial', kind: WorkUnitKind.SEKSI },
          { code: 'DISNAKER.HI.UPAH', name: 'Seksi Pengupahan dan Jaminan Sosial', kind: WorkUnitKind.SEKSI },
        ],
      },
    ],
  },
  {
    code: 'DINKOPUKM',
    name: 'Dinas Koperasi dan Usaha Kecil Menengah Kota Palembang',
    shortName: 'Dinkop UKM',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.005,
    digitalBias: 0,
    generalBias: 0,
    children: [
      {
        code: 'DINKOPUKM.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'DINKOPUKM.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'DINKOPUKM.KOP', name: 'Bidang Kelembagaan dan Pengawasan Koperasi', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DINKOPUKM.KOP.KELEM', name: 'Seksi Kelembagaan Koperasi', kind: WorkUnitKind.SEKSI },
          { code: 'DINKOPUKM.KOP.WASKOP', name: 'Seksi Pengawasan Koperasi', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DINKOPUKM.UM', name: 'Bidang Pemberdayaan Usaha Mikro', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DINKOPUKM.UM.PENGEMBANGAN', name: 'Seksi Pengembangan Usaha Mikro', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DINKOPUKM.PASAR', name: 'Bidang Pembiayaan, Pemasaran, dan Kemitraan', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DINKOPUKM.PASAR.DIGITAL', name: 'Seksi Pemasaran Digital dan Kemitraan', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },
  {
    code: 'DISDAG',
    name: 'Dinas Perdagangan Kota Palembang',
    shortName: 'Disdag',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.01,
    digitalBias: -0.1,
    generalBias: 0,
    children: [
      {
        code: 'DISDAG.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'DISDAG.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'DISDAG.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'DISDAG.PDN', name: 'Bidang Perdagangan Dalam Negeri', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISDAG.PDN.HARGA', name: 'Seksi Distribusi dan Stabilisasi Harga', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DISDAG.PASAR', name: 'Bidang Pengelolaan Pasar', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISDAG.PASAR.RAKYAT', name: 'Seksi Pembinaan Pasar Rakyat', kind: WorkUnitKind.SEKSI },
          { code: 'DISDAG.PASAR.PKL', name: 'Seksi Penataan Pedagang Kaki Lima', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISDAG.METRO', name: 'Bidang Metrologi dan Perlindungan Konsumen', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISDAG.METRO.LEGAL', name: 'Seksi Metrologi Legal', kind: WorkUnitKind.SEKSI },
          { code: 'DISDAG.METRO.PK', name: 'Seksi Perlindungan Konsumen', kind: WorkUnitKind.SEKSI },
        ],
      },
    ],
  },
  {
    code: 'DISPAR',
    name: 'Dinas Pariwisata Kota Palembang',
    shortName: 'Dispar',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.005,
    digitalBias: 0.1,
    generalBias: 0.05,
    children: [
      {
        code: 'DISPAR.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'DISPAR.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'DISPAR.DESTINASI', name: 'Bidang Destinasi Pariwisata', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISPAR.DESTINASI.PENGEMBANGAN', name: 'Seksi Pengembangan Daya Tarik Wisata', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DISPAR.PEMASARAN', name: 'Bidang Pemasaran Pariwisata', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISPAR.PEMASARAN.PROMOSI', name: 'Seksi Promosi dan Event Pariwisata', kind: WorkUnitKind.SEKSI },
          { code: 'DISPAR.PEMASARAN.DIGITAL', name: 'Seksi Pemasaran Digital', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISPAR.EKRAF', name: 'Bidang Ekonomi Kreatif', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISPAR.EKRAF.PENGEMBANGAN', name: 'Seksi Pengembangan Ekonomi Kreatif', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },
  {
    code: 'DISBUD',
    name: 'Dinas Kebudayaan Kota Palembang',
    shortName: 'Disbud',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.005,
    digitalBias: -0.1,
    generalBias: 0,
    children: [
      {
        code: 'DISBUD.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'DISBUD.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'DISBUD.CAGAR', name: 'Bidang Cagar Budaya dan Permuseuman', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISBUD.CAGAR.CB', name: 'Seksi Cagar Budaya', kind: WorkUnitKind.SEKSI },
          { code: 'DISBUD.CAGAR.MUSEUM', name: 'Seksi Permuseuman', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISBUD.KESENIAN', name: 'Bidang Kesenian', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISBUD.KESENIAN.PEMBINAAN', name: 'Seksi Pembinaan Kesenian', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DISBUD.TRADISI', name: 'Bidang Sejarah dan Nilai Tradisi', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISBUD.TRADISI.SEJARAH', name: 'Seksi Sejarah dan Tradisi', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },
  {
    code: 'DISPORA',
    name: 'Dinas Kepemudaan dan Olahraga Kota Palembang',
    shortName: 'Dispora',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.005,
    digitalBias: 0,
    generalBias: 0,
    children: [
      {
        code: 'DISPORA.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'DISPORA.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'DISPORA.PEMUDA', name: 'Bidang Kepemudaan', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISPORA.PEMUDA.PEMBERDAYAAN', name: 'Seksi Pemberdayaan dan Kewirausahaan Pemuda', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DISPORA.OR', name: 'Bidang Olahraga', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISPORA.OR.REKREASI', name: 'Seksi Olahraga Pendidikan dan Rekreasi', kind: WorkUnitKind.SEKSI },
          { code: 'DISPORA.OR.PRESTASI', name: 'Seksi Olahraga Prestasi', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISPORA.SARPRAS', name: 'Bidang Sarana dan Prasarana Kepemudaan dan Olahraga', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISPORA.SARPRAS.FASILITAS', name: 'Seksi Pengelolaan Fasilitas Olahraga', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },
  {
    code: 'DISPUSIP',
    name: 'Dinas Perpustakaan dan Kearsipan Kota Palembang',
    shortName: 'Dispusip',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.006,
    digitalBias: 0,
    generalBias: 0,
    children: [
      {
        code: 'DISPUSIP.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'DISPUSIP.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'DISPUSIP.LAYANAN', name: 'Bidang Layanan Perpustakaan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISPUSIP.LAYANAN.OTOMASI', name: 'Seksi Layanan dan Otomasi Perpustakaan', kind: WorkUnitKind.SEKSI },
          { code: 'DISPUSIP.LAYANAN.LITERASI', name: 'Seksi Pembudayaan Kegemaran Membaca', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISPUSIP.KOLEKSI', name: 'Bidang Pengembangan dan Pelestarian Koleksi', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISPUSIP.KOLEKSI.DIGITAL', name: 'Seksi Pengembangan Koleksi dan Digitalisasi', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DISPUSIP.ARSIP', name: 'Bidang Kearsipan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISPUSIP.ARSIP.KELOLA', name: 'Seksi Pengelolaan Arsip', kind: WorkUnitKind.SEKSI },
          { code: 'DISPUSIP.ARSIP.BINA', name: 'Seksi Pembinaan dan Pengawasan Kearsipan', kind: WorkUnitKind.SEKSI },
        ],
      },
    ],
  },
  {
    code: 'DKP',
    name: 'Dinas Ketahanan Pangan Kota Palembang',
    shortName: 'DKP',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.005,
    digitalBias: -0.1,
    generalBias: 0,
    children: [
      {
        code: 'DKP.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'DKP.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'DKP.KETERSEDIAAN', name: 'Bidang Ketersediaan dan Kerawanan Pangan', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DKP.KETERSEDIAAN.SEKSI', name: 'Seksi Ketersediaan dan Kerawanan Pangan', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DKP.DISTRIBUSI', name: 'Bidang Distribusi dan Cadangan Pangan', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DKP.DISTRIBUSI.HARGA', name: 'Seksi Distribusi dan Harga Pangan', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DKP.KONSUMSI', name: 'Bidang Konsumsi dan Keamanan Pangan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DKP.KONSUMSI.PENGANEKARAGAMAN', name: 'Seksi Penganekaragaman Konsumsi Pangan', kind: WorkUnitKind.SEKSI },
          { code: 'DKP.KONSUMSI.KEAMANAN', name: 'Seksi Keamanan Pangan Segar', kind: WorkUnitKind.SEKSI },
        ],
      },
    ],
  },
  {
    code: 'DISTANKAN',
    name: 'Dinas Pertanian dan Perikanan Kota Palembang',
    shortName: 'Distankan',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.007,
    digitalBias: -0.2,
    generalBias: -0.05,
    children: [
      {
        code: 'DISTANKAN.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'DISTANKAN.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'DISTANKAN.TPH', name: 'Bidang Tanaman Pangan dan Hortikultura', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISTANKAN.TPH.PRODUKSI', name: 'Seksi Produksi Tanaman Pangan dan Hortikultura', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DISTANKAN.NAKKESWAN', name: 'Bidang Peternakan dan Kesehatan Hewan', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISTANKAN.NAKKESWAN.KESMAVET', name: 'Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DISTANKAN.IKAN', name: 'Bidang Perikanan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DISTANKAN.IKAN.BUDIDAYA', name: 'Seksi Perikanan Budidaya', kind: WorkUnitKind.SEKSI },
          { code: 'DISTANKAN.IKAN.TANGKAP', name: 'Seksi Perikanan Tangkap Perairan Umum', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DISTANKAN.PENYULUHAN', name: 'Bidang Penyuluhan', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DISTANKAN.PENYULUHAN.KELEMBAGAAN', name: 'Seksi Kelembagaan dan Ketenagaan Penyuluhan', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },
  {
    code: 'DPMPTSP',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Palembang',
    shortName: 'DPMPTSP',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.006,
    digitalBias: 0.2,
    generalBias: 0.1,
    children: [
      {
        code: 'DPMPTSP.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'DPMPTSP.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'DPMPTSP.PROMOSI', name: 'Bidang Perencanaan dan Promosi Penanaman Modal', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DPMPTSP.PROMOSI.SEKSI', name: 'Seksi Promosi Penanaman Modal', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DPMPTSP.PERIZINAN', name: 'Bidang Pelayanan Perizinan dan Nonperizinan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DPMPTSP.PERIZINAN.BERUSAHA', name: 'Seksi Pelayanan Perizinan Berusaha', kind: WorkUnitKind.SEKSI },
          { code: 'DPMPTSP.PERIZINAN.NON', name: 'Seksi Pelayanan Nonperizinan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DPMPTSP.DALAK', name: 'Bidang Pengendalian Pelaksanaan Penanaman Modal', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DPMPTSP.DALAK.PANTAU', name: 'Seksi Pemantauan dan Pengawasan Penanaman Modal', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'DPMPTSP.DATA', name: 'Bidang Data dan Sistem Informasi', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DPMPTSP.DATA.OSS', name: 'Seksi Pengelolaan Data dan Sistem Perizinan Daring', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },
  {
    code: 'DAMKAR',
    name: 'Dinas Pemadam Kebakaran dan Penyelamatan Kota Palembang',
    shortName: 'Damkar',
    kind: WorkUnitKind.DINAS,
    field: 'PEMERINTAHAN',
    weight: 0.015,
    digitalBias: -0.2,
    generalBias: 0,
    children: [
      {
        code: 'DAMKAR.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'DAMKAR.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'DAMKAR.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'DAMKAR.CEGAH', name: 'Bidang Pencegahan dan Sarana Prasarana', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DAMKAR.CEGAH.PENCEGAHAN', name: 'Seksi Pencegahan Kebakaran', kind: WorkUnitKind.SEKSI },
          { code: 'DAMKAR.CEGAH.SARPRAS', name: 'Seksi Sarana dan Prasarana', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DAMKAR.OPS', name: 'Bidang Operasi Pemadaman dan Penyelamatan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'DAMKAR.OPS.PEMADAMAN', name: 'Seksi Operasi Pemadaman', kind: WorkUnitKind.SEKSI },
          { code: 'DAMKAR.OPS.PENYELAMATAN', name: 'Seksi Penyelamatan dan Evakuasi', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'DAMKAR.DAYAMAS', name: 'Bidang Pemberdayaan Masyarakat', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'DAMKAR.DAYAMAS.PELATIHAN', name: 'Seksi Pelatihan dan Penyuluhan Masyarakat', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },

  // -------------------------------------------------------------------------------------------------
  // Badan
  // -------------------------------------------------------------------------------------------------
  {
    code: 'BAPPEDA',
    name: 'Badan Perencanaan Pembangunan Daerah dan Penelitian Pengembangan Kota Palembang',
    shortName: 'Bappeda-Litbang',
    kind: WorkUnitKind.BADAN,
    field: 'PEMERINTAHAN',
    weight: 0.006,
    digitalBias: 0.3,
    generalBias: 0.2,
    children: [
      {
        code: 'BAPPEDA.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'BAPPEDA.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'BAPPEDA.PPEP', name: 'Bidang Perencanaan, Pengendalian, dan Evaluasi Pembangunan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BAPPEDA.PPEP.RENC', name: 'Subbidang Perencanaan Pembangunan dan Pendanaan', kind: WorkUnitKind.SEKSI },
          { code: 'BAPPEDA.PPEP.EVAL', name: 'Subbidang Pengendalian dan Evaluasi', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BAPPEDA.PPM', name: 'Bidang Pemerintahan dan Pembangunan Manusia', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BAPPEDA.PPM.PEM', name: 'Subbidang Pemerintahan', kind: WorkUnitKind.SEKSI },
          { code: 'BAPPEDA.PPM.PM', name: 'Subbidang Pembangunan Manusia', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BAPPEDA.PIW', name: 'Bidang Perekonomian, Infrastruktur, dan Kewilayahan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BAPPEDA.PIW.EKO', name: 'Subbidang Perekonomian dan Sumber Daya Alam', kind: WorkUnitKind.SEKSI },
          { code: 'BAPPEDA.PIW.INFRA', name: 'Subbidang Infrastruktur dan Kewilayahan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BAPPEDA.LITBANG', name: 'Bidang Penelitian dan Pengembangan', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'BAPPEDA.LITBANG.INOVASI', name: 'Subbidang Inovasi dan Teknologi', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },
  {
    code: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Palembang',
    shortName: 'BKPSDM',
    kind: WorkUnitKind.BADAN,
    field: 'PEMERINTAHAN',
    weight: 0.007,
    digitalBias: 0.3,
    generalBias: 0.2,
    children: [
      {
        code: 'BKPSDM.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'BKPSDM.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'BKPSDM.PPI', name: 'Bidang Pengadaan, Pemberhentian, dan Informasi', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BKPSDM.PPI.PENGADAAN', name: 'Subbidang Pengadaan dan Pemberhentian', kind: WorkUnitKind.SEKSI },
          { code: 'BKPSDM.PPI.DATA', name: 'Subbidang Data dan Sistem Informasi Kepegawaian', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BKPSDM.MUTASI', name: 'Bidang Mutasi dan Promosi', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BKPSDM.MUTASI.MUTASI', name: 'Subbidang Mutasi dan Kepangkatan', kind: WorkUnitKind.SEKSI },
          { code: 'BKPSDM.MUTASI.TALENTA', name: 'Subbidang Promosi dan Manajemen Talenta', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BKPSDM.PSDM', name: 'Bidang Pengembangan Sumber Daya Manusia', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BKPSDM.PSDM.KOMPETENSI', name: 'Subbidang Pengembangan Kompetensi', kind: WorkUnitKind.SEKSI },
          { code: 'BKPSDM.PSDM.SERTIFIKASI', name: 'Subbidang Sertifikasi dan Kerja Sama Pengembangan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BKPSDM.PKAP', name: 'Bidang Penilaian Kinerja Aparatur dan Penghargaan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BKPSDM.PKAP.KINERJA', name: 'Subbidang Penilaian Kinerja', kind: WorkUnitKind.SEKSI },
          { code: 'BKPSDM.PKAP.DISIPLIN', name: 'Subbidang Disiplin dan Penghargaan', kind: WorkUnitKind.SEKSI },
        ],
      },
    ],
  },
  {
    code: 'BAPENDA',
    name: 'Badan Pendapatan Daerah Kota Palembang',
    shortName: 'Bapenda',
    kind: WorkUnitKind.BADAN,
    field: 'KEUANGAN',
    weight: 0.012,
    digitalBias: 0.2,
    generalBias: 0.1,
    children: [
      {
        code: 'BAPENDA.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'BAPENDA.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'BAPENDA.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'BAPENDA.DATA', name: 'Bidang Pendataan dan Penetapan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BAPENDA.DATA.PENDATAAN', name: 'Subbidang Pendataan dan Pendaftaran', kind: WorkUnitKind.SEKSI },
          { code: 'BAPENDA.DATA.PENETAPAN', name: 'Subbidang Penilaian dan Penetapan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BAPENDA.PBB', name: 'Bidang PBB-P2 dan BPHTB', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BAPENDA.PBB.PBB', name: 'Subbidang Pajak Bumi dan Bangunan Perdesaan dan Perkotaan', kind: WorkUnitKind.SEKSI },
          { code: 'BAPENDA.PBB.BPHTB', name: 'Subbidang Bea Perolehan Hak atas Tanah dan Bangunan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BAPENDA.PDL', name: 'Bidang Pajak Daerah Lainnya', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BAPENDA.PDL.PBJT', name: 'Subbidang Pajak Barang dan Jasa Tertentu', kind: WorkUnitKind.SEKSI },
          { code: 'BAPENDA.PDL.REKLAME', name: 'Subbidang Pajak Reklame dan Air Tanah', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BAPENDA.TAGIH', name: 'Bidang Penagihan dan Keberatan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BAPENDA.TAGIH.PENAGIHAN', name: 'Subbidang Penagihan', kind: WorkUnitKind.SEKSI },
          { code: 'BAPENDA.TAGIH.KEBERATAN', name: 'Subbidang Keberatan dan Pengurangan', kind: WorkUnitKind.SEKSI },
        ],
      },
    ],
  },
  {
    code: 'BPKAD',
    name: 'Badan Pengelola Keuangan dan Aset Daerah Kota Palembang',
    shortName: 'BPKAD',
    kind: WorkUnitKind.BADAN,
    field: 'KEUANGAN',
    weight: 0.01,
    digitalBias: 0.2,
    generalBias: 0.15,
    children: [
      {
        code: 'BPKAD.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'BPKAD.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'BPKAD.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'BPKAD.ANGGARAN', name: 'Bidang Anggaran', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BPKAD.ANGGARAN.I', name: 'Subbidang Anggaran I', kind: WorkUnitKind.SEKSI },
          { code: 'BPKAD.ANGGARAN.II', name: 'Subbidang Anggaran II', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BPKAD.PERBEND', name: 'Bidang Perbendaharaan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BPKAD.PERBEND.BELANJA', name: 'Subbidang Belanja', kind: WorkUnitKind.SEKSI },
          { code: 'BPKAD.PERBEND.KASDA', name: 'Subbidang Kas Daerah', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BPKAD.AKUNTANSI', name: 'Bidang Akuntansi dan Pelaporan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BPKAD.AKUNTANSI.AKT', name: 'Subbidang Akuntansi', kind: WorkUnitKind.SEKSI },
          { code: 'BPKAD.AKUNTANSI.LAPORAN', name: 'Subbidang Pelaporan Keuangan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BPKAD.ASET', name: 'Bidang Aset', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BPKAD.ASET.PENATAUSAHAAN', name: 'Subbidang Penatausahaan Aset', kind: WorkUnitKind.SEKSI },
          { code: 'BPKAD.ASET.PEMANFAATAN', name: 'Subbidang Pemanfaatan dan Pengamanan Aset', kind: WorkUnitKind.SEKSI },
        ],
      },
    ],
  },
  {
    code: 'BPBD',
    name: 'Badan Penanggulangan Bencana Daerah Kota Palembang',
    shortName: 'BPBD',
    kind: WorkUnitKind.BADAN,
    field: 'PEMERINTAHAN',
    weight: 0.006,
    digitalBias: -0.1,
    generalBias: 0,
    children: [
      {
        code: 'BPBD.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'BPBD.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'BPBD.PK', name: 'Bidang Pencegahan dan Kesiapsiagaan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BPBD.PK.PENCEGAHAN', name: 'Seksi Pencegahan', kind: WorkUnitKind.SEKSI },
          { code: 'BPBD.PK.KESIAPSIAGAAN', name: 'Seksi Kesiapsiagaan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BPBD.KL', name: 'Bidang Kedaruratan dan Logistik', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'BPBD.KL.KEDARURATAN', name: 'Seksi Kedaruratan', kind: WorkUnitKind.SEKSI },
          { code: 'BPBD.KL.LOGISTIK', name: 'Seksi Logistik', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'BPBD.RR', name: 'Bidang Rehabilitasi dan Rekonstruksi', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'BPBD.RR.SEKSI', name: 'Seksi Rehabilitasi dan Rekonstruksi', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },
  {
    code: 'KESBANGPOL',
    name: 'Badan Kesatuan Bangsa dan Politik Kota Palembang',
    shortName: 'Kesbangpol',
    kind: WorkUnitKind.BADAN,
    field: 'PEMERINTAHAN',
    weight: 0.004,
    digitalBias: -0.1,
    generalBias: 0.05,
    children: [
      {
        code: 'KESBANGPOL.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [{ code: 'KESBANGPOL.SEKRE.UMPEG', name: 'Subbagian Umum, Kepegawaian, dan Keuangan', kind: WorkUnitKind.SUBBAGIAN }],
      },
      {
        code: 'KESBANGPOL.IDEOLOGI', name: 'Bidang Ideologi, Wawasan Kebangsaan, dan Karakter Bangsa', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'KESBANGPOL.IDEOLOGI.WASBANG', name: 'Subbidang Ideologi dan Wawasan Kebangsaan', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'KESBANGPOL.POLDAGRI', name: 'Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'KESBANGPOL.POLDAGRI.POLITIK', name: 'Subbidang Politik Dalam Negeri', kind: WorkUnitKind.SEKSI },
          { code: 'KESBANGPOL.POLDAGRI.ORMAS', name: 'Subbidang Organisasi Kemasyarakatan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'KESBANGPOL.WASNAS', name: 'Bidang Kewaspadaan Nasional dan Penanganan Konflik', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'KESBANGPOL.WASNAS.DINI', name: 'Subbidang Kewaspadaan Dini', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },

  // -------------------------------------------------------------------------------------------------
  // RSUD, Satpol PP
  // -------------------------------------------------------------------------------------------------
  {
    code: 'RSUD-BARI',
    name: 'Rumah Sakit Umum Daerah Palembang BARI',
    shortName: 'RSUD BARI',
    kind: WorkUnitKind.RSUD,
    field: 'KESEHATAN',
    weight: 0.05,
    digitalBias: 0.1,
    generalBias: 0.1,
    children: [
      { code: 'RSUD-BARI.UMPEG', name: 'Bagian Umum dan Kepegawaian', kind: WorkUnitKind.BAGIAN },
      { code: 'RSUD-BARI.KEU', name: 'Bagian Keuangan', kind: WorkUnitKind.BAGIAN },
      { code: 'RSUD-BARI.RENC', name: 'Bagian Perencanaan, Rekam Medis, dan Informasi', kind: WorkUnitKind.BAGIAN },
      {
        code: 'RSUD-BARI.YANMED', name: 'Bidang Pelayanan Medik', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'RSUD-BARI.YANMED.RAJAL', name: 'Seksi Pelayanan Rawat Jalan', kind: WorkUnitKind.SEKSI },
          { code: 'RSUD-BARI.YANMED.RANAP', name: 'Seksi Pelayanan Rawat Inap dan Gawat Darurat', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'RSUD-BARI.KEP', name: 'Bidang Keperawatan', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'RSUD-BARI.KEP.ASUHAN', name: 'Seksi Asuhan Keperawatan', kind: WorkUnitKind.SEKSI },
          { code: 'RSUD-BARI.KEP.MUTU', name: 'Seksi Mutu dan Etika Keperawatan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'RSUD-BARI.PENUNJANG', name: 'Bidang Penunjang', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'RSUD-BARI.PENUNJANG.MEDIK', name: 'Seksi Penunjang Medik', kind: WorkUnitKind.SEKSI },
          { code: 'RSUD-BARI.PENUNJANG.NONMEDIK', name: 'Seksi Penunjang Nonmedik', kind: WorkUnitKind.SEKSI },
        ],
      },
    ],
  },
  {
    code: 'SATPOLPP',
    name: 'Satuan Polisi Pamong Praja Kota Palembang',
    shortName: 'Satpol PP',
    kind: WorkUnitKind.SATUAN,
    field: 'PEMERINTAHAN',
    weight: 0.03,
    digitalBias: -0.3,
    generalBias: -0.05,
    children: [
      {
        code: 'SATPOLPP.SEKRE', name: 'Sekretariat', kind: WorkUnitKind.BAGIAN,
        children: [
          { code: 'SATPOLPP.SEKRE.UMPEG', name: 'Subbagian Umum dan Kepegawaian', kind: WorkUnitKind.SUBBAGIAN },
          { code: 'SATPOLPP.SEKRE.PK', name: 'Subbagian Perencanaan dan Keuangan', kind: WorkUnitKind.SUBBAGIAN },
        ],
      },
      {
        code: 'SATPOLPP.GAKDA', name: 'Bidang Penegakan Peraturan Daerah', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'SATPOLPP.GAKDA.PPNS', name: 'Seksi Penyelidikan dan Penyidikan', kind: WorkUnitKind.SEKSI },
          { code: 'SATPOLPP.GAKDA.BINLUH', name: 'Seksi Pembinaan dan Penyuluhan', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'SATPOLPP.TIBUM', name: 'Bidang Ketertiban Umum dan Ketenteraman Masyarakat', kind: WorkUnitKind.BIDANG,
        children: [
          { code: 'SATPOLPP.TIBUM.OPS', name: 'Seksi Operasi dan Pengendalian', kind: WorkUnitKind.SEKSI },
          { code: 'SATPOLPP.TIBUM.KERJASAMA', name: 'Seksi Kerja Sama', kind: WorkUnitKind.SEKSI },
        ],
      },
      {
        code: 'SATPOLPP.LINMAS', name: 'Bidang Perlindungan Masyarakat', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'SATPOLPP.LINMAS.SATLINMAS', name: 'Seksi Satuan Perlindungan Masyarakat', kind: WorkUnitKind.SEKSI }],
      },
      {
        code: 'SATPOLPP.SDA', name: 'Bidang Sumber Daya Aparatur', kind: WorkUnitKind.BIDANG,
        children: [{ code: 'SATPOLPP.SDA.LATIHAN', name: 'Seksi Pelatihan Dasar dan Teknis', kind: WorkUnitKind.SEKSI }],
      },
    ],
  },

  // -------------------------------------------------------------------------------------------------
  // Kecamatan (Kemendagri 16.71.01–16.71.18) and their kelurahan (source: idn-area-data, ODbL; see top)
  // -------------------------------------------------------------------------------------------------
  {
    code: '16.71.01',
    name: 'Kecamatan Ilir Barat Dua',
    shortName: 'Kec. Ilir Barat II',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.008,
    digitalBias: 0.0,
    generalBias: 0.0,
    children: [
      { code: '16.71.01.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.01.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.01.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.01.1001', name: 'Kelurahan Tiga Puluh Lima Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.01.1002', name: 'Kelurahan Tiga Puluh Dua Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.01.1003', name: 'Kelurahan Tiga Puluh Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.01.1004', name: 'Kelurahan Dua Puluh Sembilan Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.01.1005', name: 'Kelurahan Dua Puluh Delapan Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.01.1006', name: 'Kelurahan Dua Puluh Tujuh Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.01.1007', name: 'Kelurahan Kemang Manis', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Kemangmanis
    ],
  },
  {
    code: '16.71.02',
    name: 'Kecamatan Seberang Ulu Satu',
    shortName: 'Kec. Seberang Ulu I',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.009,
    digitalBias: -0.2,
    generalBias: -0.05,
    children: [
      { code: '16.71.02.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.02.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.02.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.02.1002', name: 'Kelurahan Satu Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.02.1003', name: 'Kelurahan Dua Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.02.1004', name: 'Kelurahan Tiga Empat Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.02.1005', name: 'Kelurahan Lima Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.02.1006', name: 'Kelurahan Tujuh Ulu', kind: WorkUnitKind.KELURAHAN },
    ],
  },
  {
    code: '16.71.03',
    name: 'Kecamatan Seberang Ulu Dua',
    shortName: 'Kec. Seberang Ulu II',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.008,
    digitalBias: -0.2,
    generalBias: -0.05,
    children: [
      { code: '16.71.03.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.03.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.03.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.03.1001', name: 'Kelurahan Sebelas Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.03.1002', name: 'Kelurahan Dua Belas Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.03.1003', name: 'Kelurahan Tiga Belas Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.03.1004', name: 'Kelurahan Empat Belas Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.03.1005', name: 'Kelurahan Enam Belas Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.03.1006', name: 'Kelurahan Tangga Takat', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Tanggatakat
      { code: '16.71.03.1007', name: 'Kelurahan Sentosa', kind: WorkUnitKind.KELURAHAN },
    ],
  },
  {
    code: '16.71.04',
    name: 'Kecamatan Ilir Barat Satu',
    shortName: 'Kec. Ilir Barat I',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.008,
    digitalBias: 0.15,
    generalBias: 0.1,
    children: [
      { code: '16.71.04.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.04.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.04.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.04.1001', name: 'Kelurahan Bukit Lama', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Bukitlama
      { code: '16.71.04.1002', name: 'Kelurahan Lorok Pakjo', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Lorokpakjo
      { code: '16.71.04.1003', name: 'Kelurahan Dua Puluh Enam Ilir Satu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.04.1004', name: 'Kelurahan Siring Agung', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Siringagung
      { code: '16.71.04.1005', name: 'Kelurahan Demang Lebar Daun', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Demang-Lebardaun
      { code: '16.71.04.1006', name: 'Kelurahan Bukit Baru', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Bukitbaru
    ],
  },
  {
    code: '16.71.05',
    name: 'Kecamatan Ilir Timur Satu',
    shortName: 'Kec. Ilir Timur I',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.009,
    digitalBias: 0.1,
    generalBias: 0.05,
    children: [
      { code: '16.71.05.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.05.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.05.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.05.1001', name: 'Kelurahan Delapan Belas Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.05.1002', name: 'Kelurahan Enam Belas Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.05.1003', name: 'Kelurahan Tiga Belas Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.05.1004', name: 'Kelurahan Empat Belas Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.05.1005', name: 'Kelurahan Lima Belas Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.05.1006', name: 'Kelurahan Tujuh Belas Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.05.1007', name: 'Kelurahan Dua Puluh Ilir Tiga', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.05.1008', name: 'Kelurahan Dua Puluh Ilir Empat', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.05.1009', name: 'Kelurahan Dua Puluh Ilir Satu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.05.1010', name: 'Kelurahan Sungai Pangeran', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Sungaipangeran
      { code: '16.71.05.1011', name: 'Kelurahan Kepandean Baru', kind: WorkUnitKind.KELURAHAN },
    ],
  },
  {
    code: '16.71.06',
    name: 'Kecamatan Ilir Timur Dua',
    shortName: 'Kec. Ilir Timur II',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.008,
    digitalBias: 0.0,
    generalBias: 0.0,
    children: [
      { code: '16.71.06.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.06.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.06.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.06.1005', name: 'Kelurahan Lima Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.06.1006', name: 'Kelurahan Tiga Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.06.1007', name: 'Kelurahan Satu Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.06.1008', name: 'Kelurahan Dua Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.06.1009', name: 'Kelurahan Lawang Kidul', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Lawangkidul
      { code: '16.71.06.1012', name: 'Kelurahan Sungai Buah', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Sungaibuah
    ],
  },
  {
    code: '16.71.07',
    name: 'Kecamatan Sukarami',
    shortName: 'Kec. Sukarami',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.009,
    digitalBias: 0.05,
    generalBias: 0.05,
    children: [
      { code: '16.71.07.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.07.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.07.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.07.1002', name: 'Kelurahan Talang Betutu', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Talangbetutu
      { code: '16.71.07.1004', name: 'Kelurahan Sukajaya', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.07.1005', name: 'Kelurahan Sukarami', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.07.1007', name: 'Kelurahan Kebun Bunga', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Kebunbunga
      { code: '16.71.07.1009', name: 'Kelurahan Sukabangun', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.07.1010', name: 'Kelurahan Talang Jambe', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Talangjambe
      { code: '16.71.07.1011', name: 'Kelurahan Sukodadi', kind: WorkUnitKind.KELURAHAN },
    ],
  },
  {
    code: '16.71.08',
    name: 'Kecamatan Sako',
    shortName: 'Kec. Sako',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.008,
    digitalBias: -0.2,
    generalBias: -0.05,
    children: [
      { code: '16.71.08.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.08.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.08.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.08.1001', name: 'Kelurahan Sukamaju', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.08.1002', name: 'Kelurahan Sako', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.08.1006', name: 'Kelurahan Sialang', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.08.1007', name: 'Kelurahan Sako Baru', kind: WorkUnitKind.KELURAHAN },
    ],
  },
  {
    code: '16.71.09',
    name: 'Kecamatan Kemuning',
    shortName: 'Kec. Kemuning',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.008,
    digitalBias: 0.1,
    generalBias: 0.05,
    children: [
      { code: '16.71.09.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.09.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.09.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.09.1001', name: 'Kelurahan Dua Puluh Ilir Dua', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.09.1002', name: 'Kelurahan Ario Kemuning', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.09.1003', name: 'Kelurahan Sekip Jaya', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Sekipjaya
      { code: '16.71.09.1004', name: 'Kelurahan Pahlawan', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.09.1005', name: 'Kelurahan Pipa Reja', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Pipareja
      { code: '16.71.09.1006', name: 'Kelurahan Talang Aman', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Talangaman
    ],
  },
  {
    code: '16.71.10',
    name: 'Kecamatan Kalidoni',
    shortName: 'Kec. Kalidoni',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.008,
    digitalBias: -0.1,
    generalBias: 0.0,
    children: [
      { code: '16.71.10.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.10.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.10.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.10.1001', name: 'Kelurahan Bukit Sangkal', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Bukitsangkal
      { code: '16.71.10.1002', name: 'Kelurahan Kalidoni', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.10.1003', name: 'Kelurahan Sungai Selayur', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Sungaiselayur
      { code: '16.71.10.1004', name: 'Kelurahan Sungai Selincah', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Sungaiselincah
      { code: '16.71.10.1005', name: 'Kelurahan Sungai Lais', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Sungailais
    ],
  },
  {
    code: '16.71.11',
    name: 'Kecamatan Bukit Kecil',
    shortName: 'Kec. Bukit Kecil',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.007,
    digitalBias: 0.1,
    generalBias: 0.05,
    children: [
      { code: '16.71.11.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.11.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.11.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.11.1001', name: 'Kelurahan Sembilan Belas Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.11.1002', name: 'Kelurahan Dua Puluh Dua Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.11.1003', name: 'Kelurahan Dua Puluh Tiga Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.11.1004', name: 'Kelurahan Dua Puluh Empat Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.11.1005', name: 'Kelurahan Dua Puluh Enam Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.11.1006', name: 'Kelurahan Talang Semut', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Talangsemut
    ],
  },
  {
    code: '16.71.12',
    name: 'Kecamatan Gandus',
    shortName: 'Kec. Gandus',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.007,
    digitalBias: -0.5,
    generalBias: -0.15,
    children: [
      { code: '16.71.12.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.12.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.12.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.12.1001', name: 'Kelurahan Gandus', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.12.1002', name: 'Kelurahan Karang Anyar', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Karanganyar
      { code: '16.71.12.1003', name: 'Kelurahan Tiga Puluh Enam Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.12.1004', name: 'Kelurahan Karang Jaya', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Karangjaya
      { code: '16.71.12.1005', name: 'Kelurahan Pulokerto', kind: WorkUnitKind.KELURAHAN },
    ],
  },
  {
    code: '16.71.13',
    name: 'Kecamatan Kertapati',
    shortName: 'Kec. Kertapati',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.007,
    digitalBias: -0.5,
    generalBias: -0.1,
    children: [
      { code: '16.71.13.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.13.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.13.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.13.1001', name: 'Kelurahan Kemas Rindo', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Kemasrindo
      { code: '16.71.13.1002', name: 'Kelurahan Kemang Agung', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Kemangagung
      { code: '16.71.13.1003', name: 'Kelurahan Keramasan', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.13.1004', name: 'Kelurahan Kertapati', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.13.1005', name: 'Kelurahan Karya Jaya', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Karyajaya
      { code: '16.71.13.1006', name: 'Kelurahan Ogan Baru', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Oganbaru
    ],
  },
  {
    code: '16.71.14',
    name: 'Kecamatan Plaju',
    shortName: 'Kec. Plaju',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.008,
    digitalBias: -0.1,
    generalBias: 0.0,
    children: [
      { code: '16.71.14.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.14.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.14.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.14.1001', name: 'Kelurahan Plaju Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.14.1002', name: 'Kelurahan Plaju Darat', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.14.1003', name: 'Kelurahan Plaju Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.14.1004', name: 'Kelurahan Bagus Kuning', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Baguskuning
      { code: '16.71.14.1005', name: 'Kelurahan Komperta', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.14.1006', name: 'Kelurahan Talang Putri', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Talangputri
      { code: '16.71.14.1007', name: 'Kelurahan Talang Bubuk', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Talangbubuk
    ],
  },
  {
    code: '16.71.15',
    name: 'Kecamatan Alang-Alang Lebar',
    shortName: 'Kec. Alang-Alang Lebar',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.007,
    digitalBias: -0.4,
    generalBias: -0.1,
    children: [
      { code: '16.71.15.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.15.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.15.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.15.1001', name: 'Kelurahan Alang-Alang Lebar', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.15.1002', name: 'Kelurahan Srijaya', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.15.1003', name: 'Kelurahan Talang Kelapa', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Talangkelapa
      { code: '16.71.15.1004', name: 'Kelurahan Karya Baru', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Karyabaru
    ],
  },
  {
    code: '16.71.16',
    name: 'Kecamatan Sematang Borang',
    shortName: 'Kec. Sematang Borang',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.006,
    digitalBias: -0.6,
    generalBias: -0.2,
    children: [
      { code: '16.71.16.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.16.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.16.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.16.1001', name: 'Kelurahan Srimulya', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.16.1002', name: 'Kelurahan Sukamulya', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.16.1003', name: 'Kelurahan Lebung Gajah', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.16.1005', name: 'Kelurahan Karya Mulya', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Karyamulya
    ],
  },
  {
    code: '16.71.17',
    name: 'Kecamatan Jakabaring',
    shortName: 'Kec. Jakabaring',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.008,
    digitalBias: -0.1,
    generalBias: 0.0,
    children: [
      { code: '16.71.17.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.17.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.17.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.17.1001', name: 'Kelurahan Delapan Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.17.1002', name: 'Kelurahan Sembilan Sepuluh Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.17.1003', name: 'Kelurahan Lima Belas Ulu', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.17.1004', name: 'Kelurahan Silaberanti', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.17.1005', name: 'Kelurahan Tuan Kentang', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Tuankentang
    ],
  },
  {
    code: '16.71.18',
    name: 'Kecamatan Ilir Timur Tiga',
    shortName: 'Kec. Ilir Timur III',
    kind: WorkUnitKind.KECAMATAN,
    field: 'PEMERINTAHAN',
    weight: 0.007,
    digitalBias: 0.0,
    generalBias: 0.0,
    children: [
      { code: '16.71.18.SEKRE', name: 'Sekretariat Kecamatan', kind: WorkUnitKind.SUBBAGIAN },
      { code: '16.71.18.PEM', name: 'Seksi Pemerintahan', kind: WorkUnitKind.SEKSI },
      { code: '16.71.18.YANUM', name: 'Seksi Pelayanan Umum', kind: WorkUnitKind.SEKSI },
      { code: '16.71.18.1001', name: 'Kelurahan Delapan Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.18.1002', name: 'Kelurahan Sembilan Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.18.1003', name: 'Kelurahan Sepuluh Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.18.1004', name: 'Kelurahan Sebelas Ilir', kind: WorkUnitKind.KELURAHAN },
      { code: '16.71.18.1005', name: 'Kelurahan Kuto Batu', kind: WorkUnitKind.KELURAHAN }, // idn-area-data: Kutobatu
      { code: '16.71.18.1006', name: 'Kelurahan Duku', kind: WorkUnitKind.KELURAHAN },
    ],
  },
];
