/**
 * Training providers and the course catalogue used by the seed.
 *
 * Course titles are realistic for the ASN of a city government but the catalogue is illustrative: it
 * is not the actual offer of any provider in a given year. JP figures of the long structural
 * trainings (Latsar CPNS, PKP, PKA, PKN Tingkat II) are rounded approximations (verify against the
 * Peraturan LAN in force); short courses follow common practice (seminars 2–8 JP, technical courses
 * 16–40 JP). Komdigi's Digital Talent Scholarship runs the Government Transformation Academy (GTA,
 * for ASN) and the Digital Leadership Academy (DLA, for leaders); the GTA course titles below are
 * modelled on its themes, not copied from a particular batch.
 *
 * Rule per course competency: RAISE_TO_TARGET for courses that end in an assessment or certificate;
 * EVIDENCE_ONLY for seminars, coaching and mentoring (the level is left to an assessor).
 */
import { CompetencyRule, CourseMode, TrainingKind } from '../../../modules/training/course.entity.js';
import { ProviderKind } from '../../../modules/training/training-provider.entity.js';
import type { CourseSeed, ProviderSeed } from './types.js';

export const PROVIDERS: ProviderSeed[] = [
  { code: 'LAN', name: 'Lembaga Administrasi Negara', kind: ProviderKind.LAN },
  { code: 'BPSDM-SUMSEL', name: 'Badan Pengembangan Sumber Daya Manusia Provinsi Sumatera Selatan', kind: ProviderKind.BPSDM_PROVINSI },
  { code: 'UNSRI', name: 'Universitas Sriwijaya', kind: ProviderKind.PERGURUAN_TINGGI },
  { code: 'UIN-RF', name: 'Universitas Islam Negeri Raden Fatah Palembang', kind: ProviderKind.PERGURUAN_TINGGI },
  { code: 'POLSRI', name: 'Politeknik Negeri Sriwijaya', kind: ProviderKind.PERGURUAN_TINGGI },
  { code: 'KOMDIGI-DTS', name: 'Digital Talent Scholarship, Kementerian Komunikasi dan Digital', kind: ProviderKind.KOMDIGI },
  { code: 'BKPSDM-PLG', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Palembang', kind: ProviderKind.INTERNAL },
  { code: 'BPSDM-KEMENKES', name: 'Kementerian Kesehatan (Balai Pelatihan Kesehatan dan LMS Plataran Sehat)', kind: ProviderKind.KEMENTERIAN },
  { code: 'BPSDM-KEMENDAGRI', name: 'Badan Pengembangan Sumber Daya Manusia Kementerian Dalam Negeri', kind: ProviderKind.KEMENTERIAN },
  { code: 'KEMENKEU-BPPK', name: 'Badan Pendidikan dan Pelatihan Keuangan, Kementerian Keuangan', kind: ProviderKind.KEMENTERIAN },
  { code: 'DICODING', name: 'Dicoding Indonesia', kind: ProviderKind.SWASTA },
];

const R = CompetencyRule.RAISE_TO_TARGET;
const E = CompetencyRule.EVIDENCE_ONLY;

export const COURSES: CourseSeed[] = [
  // -------------------------------------------------------------------------------------------------
  // Pelatihan dasar dan kepemimpinan (long; JP rounded, verify)
  // -------------------------------------------------------------------------------------------------
  {
    code: 'LATSAR-CPNS', title: 'Pelatihan Dasar Calon Pegawai Negeri Sipil', provider: 'BPSDM-SUMSEL',
    mode: CourseMode.BLENDED, kind: TrainingKind.FUNGSIONAL, jp: 480,
    competencies: [{ code: 'M.01', targetLevel: 1, rule: R }, { code: 'M.05', targetLevel: 1, rule: R }, { code: 'SK.01', targetLevel: 1, rule: R }, { code: 'DC.2.5', targetLevel: 1, rule: R }],
  },
  {
    code: 'PKP', title: 'Pelatihan Kepemimpinan Pengawas', provider: 'BPSDM-SUMSEL',
    mode: CourseMode.BLENDED, kind: TrainingKind.KEPEMIMPINAN, jp: 300,
    competencies: [{ code: 'M.02', targetLevel: 2, rule: R }, { code: 'M.03', targetLevel: 2, rule: R }, { code: 'M.04', targetLevel: 2, rule: R }, { code: 'M.05', targetLevel: 2, rule: R }],
  },
  {
    code: 'PKA', title: 'Pelatihan Kepemimpinan Administrator', provider: 'BPSDM-SUMSEL',
    mode: CourseMode.BLENDED, kind: TrainingKind.KEPEMIMPINAN, jp: 400,
    competencies: [{ code: 'M.02', targetLevel: 3, rule: R }, { code: 'M.04', targetLevel: 3, rule: R }, { code: 'M.06', targetLevel: 3, rule: R }, { code: 'M.07', targetLevel: 3, rule: R }],
  },
  {
    code: 'PKN-II', title: 'Pelatihan Kepemimpinan Nasional Tingkat II', provider: 'LAN',
    mode: CourseMode.BLENDED, kind: TrainingKind.KEPEMIMPINAN, jp: 440,
    competencies: [{ code: 'M.04', targetLevel: 4, rule: R }, { code: 'M.07', targetLevel: 4, rule: R }, { code: 'M.08', targetLevel: 4, rule: R }, { code: 'SK.01', targetLevel: 4, rule: R }],
  },
  {
    code: 'ORIENTASI-PPPK', title: 'Orientasi Pegawai Pemerintah dengan Perjanjian Kerja', provider: 'BKPSDM-PLG',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'M.01', targetLevel: 1, rule: R }, { code: 'M.05', targetLevel: 1, rule: R }, { code: 'SK.01', targetLevel: 1, rule: R }],
  },

  // -------------------------------------------------------------------------------------------------
  // Manajerial dan sosial kultural (short)
  // -------------------------------------------------------------------------------------------------
  {
    code: 'PLG-PELAYANAN-PRIMA', title: 'Pelatihan Pelayanan Prima bagi ASN Garda Depan', provider: 'BKPSDM-PLG',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'M.05', targetLevel: 2, rule: R }, { code: 'M.03', targetLevel: 2, rule: R }],
  },
  {
    code: 'PLG-INTEGRITAS', title: 'Penguatan Integritas dan Budaya Antikorupsi', provider: 'BKPSDM-PLG',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 20,
    competencies: [{ code: 'M.01', targetLevel: 2, rule: R }],
  },
  {
    code: 'LAN-COACHING-ATASAN', title: 'Pelatihan Coaching dan Mentoring bagi Pejabat Struktural', provider: 'LAN',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'M.06', targetLevel: 3, rule: R }, { code: 'M.02', targetLevel: 3, rule: R }],
  },
  {
    code: 'LAN-INOVASI', title: 'Pelatihan Manajemen Perubahan dan Inovasi Pelayanan Publik', provider: 'LAN',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'M.07', targetLevel: 3, rule: R }, { code: 'DC.5.3', targetLevel: 2, rule: R }],
  },
  {
    code: 'UINRF-WASBANG', title: 'Pelatihan Wawasan Kebangsaan dan Moderasi Beragama', provider: 'UIN-RF',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 20,
    competencies: [{ code: 'SK.01', targetLevel: 2, rule: R }, { code: 'T.PEM.12', targetLevel: 2, rule: R }],
  },
  {
    code: 'PLG-COACHING-KINERJA', title: 'Coaching Kinerja oleh Atasan Langsung', provider: 'BKPSDM-PLG',
    mode: CourseMode.COACHING, kind: TrainingKind.TEKNIS, jp: 4,
    competencies: [{ code: 'M.04', targetLevel: 2, rule: E }],
  },
  {
    code: 'PLG-MENTORING-PENGAWAS', title: 'Mentoring Calon Pejabat Pengawas', provider: 'BKPSDM-PLG',
    mode: CourseMode.MENTORING, kind: TrainingKind.TEKNIS, jp: 8,
    competencies: [{ code: 'M.06', targetLevel: 2, rule: E }, { code: 'M.02', targetLevel: 2, rule: E }],
  },

  // -------------------------------------------------------------------------------------------------
  // Digital: Komdigi DTS (GTA for ASN, DLA for leaders), Dicoding, others
  // -------------------------------------------------------------------------------------------------
  {
    code: 'DTS-LITERASI-DIGITAL', title: 'Literasi Digital Sektor Pemerintahan: Cakap, Etis, Aman, dan Berbudaya Digital', provider: 'KOMDIGI-DTS',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 20,
    competencies: [{ code: 'DC.1.2', targetLevel: 2, rule: R }, { code: 'DC.2.5', targetLevel: 2, rule: R }, { code: 'DC.2.6', targetLevel: 2, rule: R }, { code: 'DC.4.3', targetLevel: 2, rule: R }],
  },
  {
    code: 'DTS-GTA-DATA-ANALYTICS', title: 'GTA: Data Analytics untuk Pengambilan Kebijakan', provider: 'KOMDIGI-DTS',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'DC.1.3', targetLevel: 3, rule: R }, { code: 'DC.1.2', targetLevel: 3, rule: R }, { code: 'T.TIK.08', targetLevel: 3, rule: R }],
  },
  {
    code: 'DTS-GTA-DATA-GOV', title: 'GTA: Tata Kelola Data dan Satu Data Indonesia', provider: 'KOMDIGI-DTS',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'DC.1.3', targetLevel: 3, rule: R }, { code: 'T.TIK.04', targetLevel: 3, rule: R }, { code: 'DC.2.2', targetLevel: 3, rule: R }],
  },
  {
    code: 'DTS-GTA-CYBER-AWARE', title: 'GTA: Kesadaran Keamanan Siber bagi ASN', provider: 'KOMDIGI-DTS',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 20,
    competencies: [{ code: 'DC.4.1', targetLevel: 2, rule: R }, { code: 'DC.4.2', targetLevel: 2, rule: R }],
  },
  {
    code: 'DTS-GTA-CYBER-IR', title: 'GTA: Penanganan Insiden Keamanan Siber Pemerintahan', provider: 'KOMDIGI-DTS',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.TIK.06', targetLevel: 3, rule: R }, { code: 'DC.4.1', targetLevel: 4, rule: R }],
  },
  {
    code: 'DTS-GTA-CLOUD-FUND', title: 'GTA: Dasar-Dasar Komputasi Awan', provider: 'KOMDIGI-DTS',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.TIK.11', targetLevel: 2, rule: R }, { code: 'DC.5.2', targetLevel: 3, rule: R }],
  },
  {
    code: 'DTS-GTA-AI-GOV', title: 'GTA: Kecerdasan Artifisial untuk Pemerintahan', provider: 'KOMDIGI-DTS',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'DC.5.3', targetLevel: 3, rule: R }, { code: 'DC.1.2', targetLevel: 3, rule: R }, { code: 'DC.5.2', targetLevel: 3, rule: R }, { code: 'DC.3.2', targetLevel: 2, rule: R }],
  },
  {
    code: 'DTS-GTA-SPBE', title: 'GTA: Arsitektur dan Tata Kelola SPBE', provider: 'KOMDIGI-DTS',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.TIK.01', targetLevel: 3, rule: R }, { code: 'T.TIK.02', targetLevel: 3, rule: R }],
  },
  {
    code: 'DTS-GTA-WEBDEV', title: 'GTA: Pengembangan Aplikasi Web Pemerintahan', provider: 'KOMDIGI-DTS',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.TIK.03', targetLevel: 3, rule: R }, { code: 'DC.3.4', targetLevel: 3, rule: R }],
  },
  {
    code: 'DTS-GTA-ITSM', title: 'GTA: Manajemen Layanan Teknologi Informasi', provider: 'KOMDIGI-DTS',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'T.TIK.07', targetLevel: 3, rule: R }, { code: 'DC.5.1', targetLevel: 3, rule: R }],
  },
  {
    code: 'DTS-GTA-PDP', title: 'GTA: Pelindungan Data Pribadi di Sektor Publik', provider: 'KOMDIGI-DTS',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 20,
    competencies: [{ code: 'DC.4.2', targetLevel: 3, rule: R }, { code: 'T.ADM.09', targetLevel: 3, rule: R }],
  },
  {
    code: 'DTS-GTA-KONTEN', title: 'GTA: Produksi Konten Digital untuk Komunikasi Publik', provider: 'KOMDIGI-DTS',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'DC.3.1', targetLevel: 3, rule: R }, { code: 'DC.3.3', targetLevel: 2, rule: R }, { code: 'T.TIK.10', targetLevel: 3, rule: R }, { code: 'T.TIK.09', targetLevel: 2, rule: R }],
  },
  {
    code: 'DTS-GTA-KOLABORASI', title: 'GTA: Kolaborasi Digital dan Kerja Hibrida', provider: 'KOMDIGI-DTS',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 20,
    competencies: [{ code: 'DC.2.1', targetLevel: 2, rule: R }, { code: 'DC.2.4', targetLevel: 3, rule: R }],
  },
  {
    code: 'DTS-DLA', title: 'DLA: Digital Leadership Academy', provider: 'KOMDIGI-DTS',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'DC.5.2', targetLevel: 4, rule: R }, { code: 'DC.5.4', targetLevel: 4, rule: R }, { code: 'M.07', targetLevel: 4, rule: R }],
  },
  {
    code: 'DICODING-PYTHON-DATA', title: 'Belajar Analisis Data dengan Python', provider: 'DICODING',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'DC.3.4', targetLevel: 3, rule: R }, { code: 'T.TIK.08', targetLevel: 3, rule: R }],
  },
  {
    code: 'POLSRI-PERKANTORAN', title: 'Pelatihan Aplikasi Perkantoran dan Penanganan Masalah Perangkat', provider: 'POLSRI',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'DC.5.1', targetLevel: 2, rule: R }, { code: 'DC.1.3', targetLevel: 2, rule: R }, { code: 'DC.3.1', targetLevel: 2, rule: R }, { code: 'DC.1.1', targetLevel: 2, rule: R }],
  },
  {
    code: 'POLSRI-JARINGAN', title: 'Pelatihan Administrasi Jaringan Komputer', provider: 'POLSRI',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.TIK.05', targetLevel: 3, rule: R }, { code: 'DC.5.1', targetLevel: 3, rule: R }],
  },
  {
    code: 'PLG-SRIKANDI', title: 'Bimbingan Teknis Tata Naskah Dinas Elektronik SRIKANDI', provider: 'BKPSDM-PLG',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 16,
    competencies: [{ code: 'T.PEM.07', targetLevel: 2, rule: R }, { code: 'DC.2.2', targetLevel: 2, rule: R }, { code: 'DC.2.1', targetLevel: 2, rule: R }],
  },
  {
    code: 'SUMSEL-SP4N-LAPOR', title: 'Pengelolaan Pengaduan Pelayanan Publik melalui SP4N-LAPOR!', provider: 'BPSDM-SUMSEL',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 16,
    competencies: [{ code: 'DC.2.3', targetLevel: 3, rule: R }, { code: 'M.05', targetLevel: 2, rule: R }],
  },

  // -------------------------------------------------------------------------------------------------
  // Teknis: Kesehatan
  // -------------------------------------------------------------------------------------------------
  {
    code: 'KEMENKES-SURVEILANS', title: 'Pelatihan Surveilans Epidemiologi bagi Petugas Puskesmas', provider: 'BPSDM-KEMENKES',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.KES.02', targetLevel: 3, rule: R }],
  },
  {
    code: 'KEMENKES-STUNTING', title: 'Pelatihan Tata Laksana Gizi Buruk dan Pencegahan Stunting', provider: 'BPSDM-KEMENKES',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.KES.04', targetLevel: 3, rule: R }],
  },
  {
    code: 'KEMENKES-GADAR', title: 'Pelatihan Penanggulangan Penderita Gawat Darurat', provider: 'BPSDM-KEMENKES',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.KES.09', targetLevel: 3, rule: R }, { code: 'T.KES.08', targetLevel: 3, rule: R }],
  },
  {
    code: 'KEMENKES-MANAJEMEN-PKM', title: 'Pelatihan Manajemen Puskesmas', provider: 'BPSDM-KEMENKES',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.KES.01', targetLevel: 3, rule: R }, { code: 'M.04', targetLevel: 3, rule: R }, { code: 'T.KES.10', targetLevel: 2, rule: R }, { code: 'T.KES.07', targetLevel: 2, rule: R }],
  },
  {
    code: 'KEMENKES-PPI', title: 'Pelatihan Pencegahan dan Pengendalian Infeksi', provider: 'BPSDM-KEMENKES',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'T.KES.12', targetLevel: 2, rule: R }, { code: 'T.KES.08', targetLevel: 2, rule: R }],
  },
  {
    code: 'KEMENKES-SATUSEHAT', title: 'Pelatihan Rekam Medis Elektronik dan Integrasi SATUSEHAT', provider: 'BPSDM-KEMENKES',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'T.KES.11', targetLevel: 3, rule: R }, { code: 'DC.1.3', targetLevel: 2, rule: R }],
  },
  {
    code: 'UNSRI-PROMKES', title: 'Pelatihan Promosi Kesehatan dan Komunikasi Perubahan Perilaku', provider: 'UNSRI',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'T.KES.06', targetLevel: 3, rule: R }, { code: 'T.KES.05', targetLevel: 2, rule: R }],
  },

  // -------------------------------------------------------------------------------------------------
  // Teknis: Pendidikan
  // -------------------------------------------------------------------------------------------------
  {
    code: 'UNSRI-KURIKULUM', title: 'Pelatihan Implementasi Kurikulum dan Asesmen Pembelajaran', provider: 'UNSRI',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.PEN.01', targetLevel: 2, rule: R }, { code: 'T.PEN.03', targetLevel: 2, rule: R }],
  },
  {
    code: 'UINRF-DIFERENSIASI', title: 'Pelatihan Pembelajaran Berdiferensiasi dan Pendidikan Inklusif', provider: 'UIN-RF',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.PEN.02', targetLevel: 3, rule: R }, { code: 'T.PEN.05', targetLevel: 2, rule: R }],
  },
  {
    code: 'UNSRI-LITNUM', title: 'Pelatihan Pembelajaran Literasi dan Numerasi bagi Guru SD', provider: 'UNSRI',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'T.PEN.11', targetLevel: 3, rule: R }],
  },
  {
    code: 'POLSRI-TIK-PEMBELAJARAN', title: 'Pelatihan Pemanfaatan TIK dan Media Digital dalam Pembelajaran', provider: 'POLSRI',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.PEN.04', targetLevel: 3, rule: R }, { code: 'DC.3.1', targetLevel: 2, rule: R }],
  },
  {
    code: 'UNSRI-KEPSEK', title: 'Pelatihan Penguatan Kepemimpinan Kepala Sekolah', provider: 'UNSRI',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.PEN.07', targetLevel: 3, rule: R }, { code: 'T.PEN.09', targetLevel: 3, rule: R }],
  },
  {
    code: 'PLG-BOSP-DAPODIK', title: 'Bimbingan Teknis Pengelolaan Dana BOSP dan Dapodik', provider: 'BKPSDM-PLG',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 16,
    competencies: [{ code: 'T.PEN.08', targetLevel: 2, rule: R }, { code: 'T.PEN.10', targetLevel: 2, rule: R }],
  },

  // -------------------------------------------------------------------------------------------------
  // Teknis: Pekerjaan Umum dan Penataan Ruang
  // -------------------------------------------------------------------------------------------------
  {
    code: 'POLSRI-JALAN', title: 'Pelatihan Perencanaan Teknis dan Estimasi Biaya Jalan dan Jembatan', provider: 'POLSRI',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.PU.01', targetLevel: 3, rule: R }, { code: 'T.PU.06', targetLevel: 2, rule: R }],
  },
  {
    code: 'UNSRI-SIG', title: 'Pelatihan Sistem Informasi Geografis untuk Penataan Ruang', provider: 'UNSRI',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.PU.09', targetLevel: 3, rule: R }, { code: 'T.PU.03', targetLevel: 2, rule: R }],
  },
  {
    code: 'POLSRI-SMKK', title: 'Pelatihan Sistem Manajemen Keselamatan Konstruksi', provider: 'POLSRI',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'T.PU.10', targetLevel: 3, rule: R }, { code: 'T.PU.05', targetLevel: 2, rule: R }, { code: 'T.PU.11', targetLevel: 2, rule: R }],
  },
  {
    code: 'KEMENDAGRI-PBG', title: 'Bimbingan Teknis Persetujuan Bangunan Gedung dan Sertifikat Laik Fungsi', provider: 'BPSDM-KEMENDAGRI',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 16,
    competencies: [{ code: 'T.PU.04', targetLevel: 2, rule: R }],
  },
  {
    code: 'UNSRI-KUMUH', title: 'Pelatihan Penanganan Permukiman Kumuh dan Sanitasi Kawasan', provider: 'UNSRI',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'T.PU.08', targetLevel: 3, rule: R }, { code: 'T.PU.07', targetLevel: 2, rule: R }],
  },

  // -------------------------------------------------------------------------------------------------
  // Teknis: Keuangan dan Aset Daerah
  // -------------------------------------------------------------------------------------------------
  {
    code: 'SUMSEL-PBJ-DASAR', title: 'Pelatihan Pengadaan Barang/Jasa Pemerintah Tingkat Dasar', provider: 'BPSDM-SUMSEL',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.KEU.07', targetLevel: 2, rule: R }],
  },
  {
    code: 'BPPK-LKPD-AKRUAL', title: 'Pelatihan Penyusunan Laporan Keuangan Pemerintah Daerah Berbasis Akrual', provider: 'KEMENKEU-BPPK',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.KEU.03', targetLevel: 3, rule: R }],
  },
  {
    code: 'KEMENDAGRI-BENDAHARA', title: 'Pelatihan Bendahara Pengeluaran pada SIPD', provider: 'BPSDM-KEMENDAGRI',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.KEU.02', targetLevel: 2, rule: R }],
  },
  {
    code: 'KEMENDAGRI-ANGGARAN', title: 'Pelatihan Perencanaan dan Penganggaran Daerah melalui SIPD', provider: 'BPSDM-KEMENDAGRI',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.KEU.01', targetLevel: 3, rule: R }, { code: 'T.PEM.05', targetLevel: 2, rule: R }],
  },
  {
    code: 'KEMENDAGRI-BMD', title: 'Pelatihan Pengelolaan Barang Milik Daerah', provider: 'BPSDM-KEMENDAGRI',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.KEU.04', targetLevel: 3, rule: R }],
  },
  {
    code: 'BPPK-PAJAK-DAERAH', title: 'Pelatihan Optimalisasi Pajak dan Retribusi Daerah', provider: 'KEMENKEU-BPPK',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.KEU.05', targetLevel: 3, rule: R }, { code: 'T.KEU.06', targetLevel: 2, rule: R }],
  },
  {
    code: 'SUMSEL-AUDIT-APIP', title: 'Pelatihan Teknis Audit Intern dan Reviu bagi APIP', provider: 'BPSDM-SUMSEL',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.KEU.08', targetLevel: 3, rule: R }, { code: 'T.KEU.09', targetLevel: 2, rule: R }, { code: 'T.KEU.10', targetLevel: 3, rule: R }],
  },

  // -------------------------------------------------------------------------------------------------
  // Teknis: Administrasi Kependudukan
  // -------------------------------------------------------------------------------------------------
  {
    code: 'KEMENDAGRI-ADMINDUK', title: 'Pelatihan Teknis Pelayanan Pendaftaran Penduduk dan Pencatatan Sipil', provider: 'BPSDM-KEMENDAGRI',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.ADM.01', targetLevel: 3, rule: R }, { code: 'T.ADM.02', targetLevel: 3, rule: R }, { code: 'T.ADM.05', targetLevel: 2, rule: R }],
  },
  {
    code: 'KEMENDAGRI-SIAK', title: 'Bimbingan Teknis SIAK Terpusat dan Keamanan Data Kependudukan', provider: 'BPSDM-KEMENDAGRI',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.ADM.03', targetLevel: 3, rule: R }, { code: 'T.ADM.09', targetLevel: 3, rule: R }, { code: 'T.ADM.08', targetLevel: 2, rule: R }, { code: 'T.ADM.04', targetLevel: 3, rule: R }],
  },
  {
    code: 'MAGANG-ADMINDUK', title: 'Magang Layanan Administrasi Kependudukan Terpadu di Dukcapil Percontohan', provider: 'BPSDM-KEMENDAGRI',
    mode: CourseMode.MAGANG, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.ADM.01', targetLevel: 3, rule: R }, { code: 'T.ADM.07', targetLevel: 3, rule: R }, { code: 'M.05', targetLevel: 2, rule: R }, { code: 'T.ADM.06', targetLevel: 3, rule: R }],
  },

  // -------------------------------------------------------------------------------------------------
  // Teknis: Pelayanan Sosial
  // -------------------------------------------------------------------------------------------------
  {
    code: 'SUMSEL-DATA-SOSIAL', title: 'Pelatihan Verifikasi dan Validasi Data Sosial Ekonomi', provider: 'BPSDM-SUMSEL',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'T.SOS.01', targetLevel: 3, rule: R }, { code: 'DC.1.3', targetLevel: 2, rule: R }, { code: 'T.SOS.05', targetLevel: 2, rule: R }],
  },
  {
    code: 'UINRF-MANAJEMEN-KASUS', title: 'Pelatihan Manajemen Kasus bagi Pekerja Sosial', provider: 'UIN-RF',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.SOS.07', targetLevel: 3, rule: R }, { code: 'T.SOS.03', targetLevel: 2, rule: R }, { code: 'T.SOS.08', targetLevel: 3, rule: R }],
  },
  {
    code: 'SUMSEL-PPRG', title: 'Pelatihan Perencanaan dan Penganggaran Responsif Gender', provider: 'BPSDM-SUMSEL',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'T.SOS.09', targetLevel: 3, rule: R }],
  },

  // -------------------------------------------------------------------------------------------------
  // Teknis dan fungsional: Pemerintahan Umum
  // -------------------------------------------------------------------------------------------------
  {
    code: 'KEMENDAGRI-LEGAL-DRAFTING', title: 'Pelatihan Penyusunan Produk Hukum Daerah (Legal Drafting)', provider: 'BPSDM-KEMENDAGRI',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'T.PEM.03', targetLevel: 3, rule: R }],
  },
  {
    code: 'KEMENDAGRI-KECAMATAN', title: 'Pelatihan Teknis Penyelenggaraan Pemerintahan Kecamatan dan Kelurahan', provider: 'BPSDM-KEMENDAGRI',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 32,
    competencies: [{ code: 'T.PEM.01', targetLevel: 3, rule: R }, { code: 'T.PEM.02', targetLevel: 3, rule: R }, { code: 'T.PEM.10', targetLevel: 2, rule: R }],
  },
  {
    code: 'KEMENDAGRI-POLPP', title: 'Pelatihan Dasar Polisi Pamong Praja', provider: 'BPSDM-KEMENDAGRI',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.FUNGSIONAL, jp: 80,
    competencies: [{ code: 'T.PEM.04', targetLevel: 2, rule: R }, { code: 'M.05', targetLevel: 1, rule: R }],
  },
  {
    code: 'KEMENDAGRI-DAMKAR', title: 'Pelatihan Pemadam Kebakaran dan Penyelamatan Tingkat Dasar', provider: 'BPSDM-KEMENDAGRI',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 80,
    competencies: [{ code: 'T.PEM.11', targetLevel: 2, rule: R }],
  },
  {
    code: 'PLG-ANJAB-ABK', title: 'Pelatihan Analisis Jabatan dan Analisis Beban Kerja', provider: 'BKPSDM-PLG',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'T.PEM.06', targetLevel: 3, rule: R }],
  },
  {
    code: 'LAN-ANALIS-KEBIJAKAN', title: 'Pelatihan Fungsional Analis Kebijakan', provider: 'LAN',
    mode: CourseMode.BLENDED, kind: TrainingKind.FUNGSIONAL, jp: 40,
    competencies: [{ code: 'T.PEM.08', targetLevel: 3, rule: R }, { code: 'M.08', targetLevel: 3, rule: R }, { code: 'DC.1.2', targetLevel: 3, rule: R }],
  },
  {
    code: 'SUMSEL-SAKIP-ZI', title: 'Pelatihan Penyusunan SAKIP dan Pembangunan Zona Integritas', provider: 'BPSDM-SUMSEL',
    mode: CourseMode.BLENDED, kind: TrainingKind.TEKNIS, jp: 24,
    competencies: [{ code: 'T.PEM.09', targetLevel: 3, rule: R }, { code: 'T.KEU.09', targetLevel: 3, rule: R }],
  },
  {
    code: 'MAGANG-INOVASI', title: 'Magang Inovasi Pelayanan Publik di Pemerintah Daerah Percontohan', provider: 'LAN',
    mode: CourseMode.MAGANG, kind: TrainingKind.TEKNIS, jp: 40,
    competencies: [{ code: 'M.07', targetLevel: 3, rule: R }, { code: 'DC.5.3', targetLevel: 3, rule: R }],
  },

  // -------------------------------------------------------------------------------------------------
  // Seminar, webinar, workshop (evidence only)
  // -------------------------------------------------------------------------------------------------
  {
    code: 'SEM-TRANSFORMASI-DIGITAL', title: 'Seminar Transformasi Digital Pemerintah Daerah', provider: 'KOMDIGI-DTS',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.SEMINAR, jp: 4,
    competencies: [{ code: 'DC.5.2', targetLevel: 3, rule: E }, { code: 'T.TIK.01', targetLevel: 3, rule: E }],
  },
  {
    code: 'SEM-TIK-HIJAU', title: 'Seminar TIK Hijau dan Kantor Tanpa Kertas', provider: 'POLSRI',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.SEMINAR, jp: 4,
    competencies: [{ code: 'DC.4.4', targetLevel: 2, rule: E }],
  },
  {
    code: 'SEM-KESMAS', title: 'Seminar Nasional Kesehatan Masyarakat', provider: 'UNSRI',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.SEMINAR, jp: 8,
    competencies: [{ code: 'T.KES.06', targetLevel: 3, rule: E }, { code: 'T.KES.02', targetLevel: 3, rule: E }, { code: 'T.KES.03', targetLevel: 2, rule: E }],
  },
  {
    code: 'SEM-SEKOLAH-AMAN', title: 'Seminar Pendidikan: Sekolah Aman, Inklusif, dan Bebas Perundungan', provider: 'UIN-RF',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.SEMINAR, jp: 6,
    competencies: [{ code: 'T.PEN.05', targetLevel: 2, rule: E }, { code: 'T.PEN.06', targetLevel: 2, rule: E }],
  },
  {
    code: 'SEM-PELAYANAN-PUBLIK', title: 'Webinar Reformasi Birokrasi dan Inovasi Pelayanan Publik', provider: 'LAN',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.SEMINAR, jp: 3,
    competencies: [{ code: 'M.05', targetLevel: 3, rule: E }, { code: 'T.PEM.09', targetLevel: 2, rule: E }],
  },
  {
    code: 'WS-RENCANA-KOMPETENSI', title: 'Workshop Penyusunan Rencana Pengembangan Kompetensi Perangkat Daerah', provider: 'BKPSDM-PLG',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.SEMINAR, jp: 8,
    competencies: [{ code: 'M.06', targetLevel: 3, rule: E }, { code: 'DC.5.4', targetLevel: 3, rule: E }],
  },
  {
    code: 'SEM-KEUANGAN-DAERAH', title: 'Seminar Kebijakan Fiskal dan Keuangan Daerah', provider: 'KEMENKEU-BPPK',
    mode: CourseMode.E_LEARNING, kind: TrainingKind.SEMINAR, jp: 4,
    competencies: [{ code: 'T.KEU.11', targetLevel: 3, rule: E }, { code: 'T.KEU.01', targetLevel: 3, rule: E }],
  },
  {
    code: 'SEM-KEMISKINAN', title: 'Seminar Penanggulangan Kemiskinan Ekstrem dan Perlindungan Sosial', provider: 'BPSDM-SUMSEL',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.SEMINAR, jp: 4,
    competencies: [{ code: 'T.SOS.06', targetLevel: 3, rule: E }, { code: 'T.SOS.02', targetLevel: 2, rule: E }, { code: 'T.SOS.04', targetLevel: 2, rule: E }],
  },
  {
    code: 'SEM-KOTA-TAHAN-BANJIR', title: 'Seminar Tata Ruang dan Kota Tahan Banjir di Kawasan Rawa', provider: 'UNSRI',
    mode: CourseMode.KLASIKAL, kind: TrainingKind.SEMINAR, jp: 6,
    competencies: [{ code: 'T.PU.02', targetLevel: 3, rule: E }, { code: 'T.PU.03', targetLevel: 3, rule: E }],
  },
];
