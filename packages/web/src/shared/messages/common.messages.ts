import { defineMessages } from '../../i18n/define-messages.ts';

/** Texts of the shared components (components/); merged into i18n/messages.ts under `common`. */
export const commonMessages = defineMessages({
  id: {
    state: {
      loading: 'Memuat data…',
      empty: 'Belum ada data untuk ditampilkan.',
      error: 'Data tidak dapat dimuat. Periksa koneksi ke server lalu coba lagi.',
      forbidden: 'Akun Anda tidak diizinkan membuka data ini.',
    },
  },
  en: {
    state: {
      loading: 'Loading…',
      empty: 'No data to show yet.',
      error: 'The data could not be loaded. Check the connection to the server and try again.',
      forbidden: 'Your account may not open this data.',
    },
  },
});
