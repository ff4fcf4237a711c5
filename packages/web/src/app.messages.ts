import { defineMessages } from './i18n/define-messages.ts';

/** The app's name and subtitle in the header; merged into i18n/messages.ts under `app`. */
export const appMessages = defineMessages({
  id: { title: 'Kompetensi ASN Kota Palembang', subtitle: 'Sistem manajemen kompetensi Aparatur Sipil Negara', language: 'Bahasa' },
  en: { title: 'ASN Competencies, City of Palembang', subtitle: 'Competency management for civil servants', language: 'Language' },
});

/** The navigation's name and the labels of its pages (routes.ts); merged under `nav`. */
export const navMessages = defineMessages({
  id: { label: 'Navigasi utama', overview: 'Ringkasan', heatmap: 'Peta kesenjangan', leadership: 'Dasbor pimpinan', compare: 'Bandingkan unit', console: 'Konsol kueri' },
  en: { label: 'Main navigation', overview: 'Overview', heatmap: 'Gap map', leadership: 'Leadership dashboard', compare: 'Compare units', console: 'Query console' },
});
