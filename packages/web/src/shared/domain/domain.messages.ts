import { defineMessages } from '../../i18n/define-messages.ts';

/**
 * Names of the domain's enumerations (kinds of competency, position and unit, employee status, SKP
 * predikat, the 9-box), shown by several pages; merged into i18n/messages.ts under `domain`.
 */
export const domainMessages = defineMessages({
  id: {
    competencyKind: { MANAJERIAL: 'Manajerial', SOSIAL_KULTURAL: 'Sosial kultural', TEKNIS: 'Teknis', DIGITAL: 'Digital' },
    employeeStatus: { PNS: 'PNS', PPPK: 'PPPK', PPPK_PARUH_WAKTU: 'PPPK paruh waktu' },
    unitKind: {
      BADAN: 'Badan', BAGIAN: 'Bagian', BIDANG: 'Bidang', DINAS: 'Dinas', INSPEKTORAT: 'Inspektorat',
      KECAMATAN: 'Kecamatan', KELURAHAN: 'Kelurahan', PUSKESMAS: 'Puskesmas', RSUD: 'RSUD', SATUAN: 'Satuan',
      SEKOLAH: 'Sekolah', SEKRETARIAT: 'Sekretariat', SEKSI: 'Seksi', SUBBAGIAN: 'Subbagian', UPTD: 'UPTD',
    },
    positionKind: {
      JPT_UTAMA: 'JPT Utama', JPT_MADYA: 'JPT Madya', JPT_PRATAMA: 'JPT Pratama',
      ADMINISTRATOR: 'Administrator', PENGAWAS: 'Pengawas', PELAKSANA: 'Pelaksana',
      FUNGSIONAL_AHLI_UTAMA: 'Fungsional Ahli Utama', FUNGSIONAL_AHLI_MADYA: 'Fungsional Ahli Madya',
      FUNGSIONAL_AHLI_MUDA: 'Fungsional Ahli Muda', FUNGSIONAL_AHLI_PERTAMA: 'Fungsional Ahli Pertama',
      FUNGSIONAL_TERAMPIL_PENYELIA: 'Fungsional Penyelia', FUNGSIONAL_TERAMPIL_MAHIR: 'Fungsional Mahir',
      FUNGSIONAL_TERAMPIL_TERAMPIL: 'Fungsional Terampil', FUNGSIONAL_TERAMPIL_PEMULA: 'Fungsional Pemula',
    },
    predikat: {
      SANGAT_BAIK: 'Sangat Baik', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan', KURANG: 'Kurang', SANGAT_KURANG: 'Sangat Kurang',
    },
    nineBox: {
      title: 'Matriks talenta (9-box)',
      potential: 'Potensi',
      performance: 'Kinerja',
      box: 'Kotak {box}',
      row: { HIGH: 'Potensi tinggi', MIDDLE: 'Potensi menengah', LOW: 'Potensi rendah' },
      column: { BELOW: 'Di bawah ekspektasi', MEETS: 'Sesuai ekspektasi', ABOVE: 'Di atas ekspektasi' },
    },
  },
  en: {
    competencyKind: { MANAJERIAL: 'Managerial', SOSIAL_KULTURAL: 'Socio-cultural', TEKNIS: 'Technical', DIGITAL: 'Digital' },
    employeeStatus: { PNS: 'PNS (permanent)', PPPK: 'PPPK (contract)', PPPK_PARUH_WAKTU: 'PPPK part-time' },
    unitKind: {
      BADAN: 'Agency (Badan)', BAGIAN: 'Division (Bagian)', BIDANG: 'Division (Bidang)', DINAS: 'Service (Dinas)', INSPEKTORAT: 'Inspectorate',
      KECAMATAN: 'District (Kecamatan)', KELURAHAN: 'Urban village (Kelurahan)', PUSKESMAS: 'Health centre', RSUD: 'City hospital', SATUAN: 'Unit (Satuan)',
      SEKOLAH: 'School', SEKRETARIAT: 'Secretariat', SEKSI: 'Section (Seksi)', SUBBAGIAN: 'Sub-division', UPTD: 'Technical unit (UPTD)',
    },
    positionKind: {
      JPT_UTAMA: 'Senior executive (Utama)', JPT_MADYA: 'Senior executive (Madya)', JPT_PRATAMA: 'Senior executive (Pratama)',
      ADMINISTRATOR: 'Administrator', PENGAWAS: 'Supervisor (Pengawas)', PELAKSANA: 'Staff (Pelaksana)',
      FUNGSIONAL_AHLI_UTAMA: 'Functional expert, Utama', FUNGSIONAL_AHLI_MADYA: 'Functional expert, Madya',
      FUNGSIONAL_AHLI_MUDA: 'Functional expert, Muda', FUNGSIONAL_AHLI_PERTAMA: 'Functional expert, Pertama',
      FUNGSIONAL_TERAMPIL_PENYELIA: 'Functional skilled, Penyelia', FUNGSIONAL_TERAMPIL_MAHIR: 'Functional skilled, Mahir',
      FUNGSIONAL_TERAMPIL_TERAMPIL: 'Functional skilled, Terampil', FUNGSIONAL_TERAMPIL_PEMULA: 'Functional skilled, Pemula',
    },
    predikat: {
      SANGAT_BAIK: 'Sangat Baik (excellent)', BAIK: 'Baik (good)', BUTUH_PERBAIKAN: 'Butuh Perbaikan (needs improvement)', KURANG: 'Kurang (poor)', SANGAT_KURANG: 'Sangat Kurang (very poor)',
    },
    nineBox: {
      title: 'Talent matrix (9-box)',
      potential: 'Potential',
      performance: 'Performance',
      box: 'Box {box}',
      row: { HIGH: 'High potential', MIDDLE: 'Medium potential', LOW: 'Low potential' },
      column: { BELOW: 'Below expectation', MEETS: 'Meets expectation', ABOVE: 'Above expectation' },
    },
  },
});
