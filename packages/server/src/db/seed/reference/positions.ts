/**
 * Jabatan templates used to build the positions of the demo city: the functional and pelaksana
 * positions typical of each technical field. Names follow the PermenPANRB nomenclature; the kinds
 * say which level of the functional ladder each one is.
 */
import { PositionKind } from '../../../modules/position/position.entity.js';
import type { TechnicalField } from './types.js';

export interface FunctionalTemplate {
  /** Name without the level, e.g. 'Pranata Komputer'. */
  name: string;
  kinds: PositionKind[];
  /** Relative share of the unit's staff holding this jabatan family. */
  share: number;
}

const AHLI = [PositionKind.FUNGSIONAL_AHLI_PERTAMA, PositionKind.FUNGSIONAL_AHLI_MUDA, PositionKind.FUNGSIONAL_AHLI_MADYA];
const TERAMPIL = [PositionKind.FUNGSIONAL_TERAMPIL_TERAMPIL, PositionKind.FUNGSIONAL_TERAMPIL_MAHIR, PositionKind.FUNGSIONAL_TERAMPIL_PENYELIA];

export const FUNCTIONAL_BY_FIELD: Record<TechnicalField, FunctionalTemplate[]> = {
  KESEHATAN: [
    { name: 'Dokter', kinds: AHLI, share: 2 },
    { name: 'Perawat', kinds: [...TERAMPIL, PositionKind.FUNGSIONAL_AHLI_PERTAMA, PositionKind.FUNGSIONAL_AHLI_MUDA], share: 4 },
    { name: 'Bidan', kinds: [...TERAMPIL, PositionKind.FUNGSIONAL_AHLI_PERTAMA], share: 3 },
    { name: 'Apoteker', kinds: AHLI, share: 1 },
    { name: 'Epidemiolog Kesehatan', kinds: AHLI, share: 1 },
    { name: 'Sanitarian', kinds: TERAMPIL, share: 1 },
  ],
  PENDIDIKAN: [
    { name: 'Guru', kinds: [...AHLI, PositionKind.FUNGSIONAL_AHLI_UTAMA], share: 12 },
    { name: 'Pengawas Sekolah', kinds: AHLI, share: 1 },
    { name: 'Pamong Belajar', kinds: AHLI, share: 1 },
  ],
  TIK: [
    { name: 'Pranata Komputer', kinds: [...AHLI, ...TERAMPIL], share: 4 },
    { name: 'Pranata Hubungan Masyarakat', kinds: AHLI, share: 2 },
    { name: 'Statistisi', kinds: AHLI, share: 1 },
    { name: 'Sandiman', kinds: AHLI, share: 1 },
  ],
  PEKERJAAN_UMUM: [
    { name: 'Teknik Jalan dan Jembatan', kinds: AHLI, share: 3 },
    { name: 'Penata Ruang', kinds: AHLI, share: 2 },
    { name: 'Teknik Pengairan', kinds: AHLI, share: 2 },
    { name: 'Pengawas Bangunan Gedung', kinds: TERAMPIL, share: 2 },
  ],
  KEUANGAN: [
    { name: 'Analis Keuangan Pusat dan Daerah', kinds: AHLI, share: 3 },
    { name: 'Auditor', kinds: [...AHLI, ...TERAMPIL], share: 3 },
    { name: 'Penilai Pajak', kinds: AHLI, share: 1 },
    { name: 'Pengelola Pengadaan Barang/Jasa', kinds: AHLI, share: 1 },
  ],
  ADMINDUK: [
    { name: 'Administrator Database Kependudukan', kinds: AHLI, share: 3 },
    { name: 'Penata Kependudukan dan Keluarga Berencana', kinds: AHLI, share: 2 },
  ],
  SOSIAL: [
    { name: 'Pekerja Sosial', kinds: [...AHLI, ...TERAMPIL], share: 4 },
    { name: 'Penyuluh Sosial', kinds: AHLI, share: 2 },
  ],
  PEMERINTAHAN: [
    { name: 'Analis Kebijakan', kinds: AHLI, share: 2 },
    { name: 'Perencana', kinds: AHLI, share: 1 },
    { name: 'Arsiparis', kinds: [...AHLI, ...TERAMPIL], share: 1 },
    { name: 'Polisi Pamong Praja', kinds: TERAMPIL, share: 1 },
  ],
};

/** Pelaksana positions (since 2022 grouped as klerek, operator, teknisi), common to every unit. */
export const PELAKSANA_NAMES = [
  'Penelaah Teknis Kebijakan',
  'Pengadministrasi Perkantoran',
  'Operator Layanan Operasional',
  'Pengolah Data dan Informasi',
  'Penata Layanan Operasional',
  'Teknisi Sarana dan Prasarana',
];

export const KIND_SUFFIX: Partial<Record<PositionKind, string>> = {
  [PositionKind.FUNGSIONAL_AHLI_UTAMA]: 'Ahli Utama',
  [PositionKind.FUNGSIONAL_AHLI_MADYA]: 'Ahli Madya',
  [PositionKind.FUNGSIONAL_AHLI_MUDA]: 'Ahli Muda',
  [PositionKind.FUNGSIONAL_AHLI_PERTAMA]: 'Ahli Pertama',
  [PositionKind.FUNGSIONAL_TERAMPIL_PENYELIA]: 'Penyelia',
  [PositionKind.FUNGSIONAL_TERAMPIL_MAHIR]: 'Mahir',
  [PositionKind.FUNGSIONAL_TERAMPIL_TERAMPIL]: 'Terampil',
  [PositionKind.FUNGSIONAL_TERAMPIL_PEMULA]: 'Pemula',
};

/** Synthetic names: common given names and family names in Palembang (Malay, Javanese, Chinese-Indonesian, Arab-Indonesian). */
export const GIVEN_NAMES_MALE = [
  'Ahmad', 'Muhammad', 'Rizki', 'Andi', 'Budi', 'Dedi', 'Eko', 'Fajar', 'Hendra', 'Irfan', 'Joko', 'Kurniawan',
  'Agus', 'Yudi', 'Rudi', 'Syahrial', 'Firmansyah', 'Hadi', 'Iwan', 'Arif', 'Bayu', 'Dimas', 'Ferry', 'Gilang',
  'Hasan', 'Ilham', 'Zainal', 'Rahmat', 'Taufik', 'Wahyu', 'Yusuf', 'Anton', 'Herman', 'Darmawan', 'Kemas', 'Masagus',
];
export const GIVEN_NAMES_FEMALE = [
  'Siti', 'Nur', 'Dewi', 'Rina', 'Sri', 'Yuliana', 'Fitri', 'Indah', 'Lestari', 'Maya', 'Nova', 'Putri', 'Ratna',
  'Sari', 'Wulan', 'Ayu', 'Desi', 'Eka', 'Fatimah', 'Hana', 'Intan', 'Kartika', 'Lina', 'Mega', 'Novi', 'Rahma',
  'Santi', 'Tuti', 'Vivi', 'Yanti', 'Zahra', 'Nyimas', 'Rosita', 'Aisyah', 'Annisa', 'Melati',
];
export const FAMILY_NAMES = [
  'Saputra', 'Pratama', 'Wijaya', 'Kusuma', 'Hidayat', 'Santoso', 'Rahman', 'Syahputra', 'Setiawan', 'Gunawan',
  'Hakim', 'Nugroho', 'Susanto', 'Halim', 'Tanjung', 'Siregar', 'Harahap', 'Lubis', 'Nasution', 'Alamsyah',
  'Ramadhan', 'Febriansyah', 'Oktaviani', 'Anggraini', 'Permata', 'Puspita', 'Maharani', 'Wahyuni', 'Utami',
  'Handayani', 'Safitri', 'Marlina', 'Suryani', 'Fauzi', 'Zulkarnain', 'Azhari', 'Mahmud', 'Baharuddin', 'Effendi',
];
