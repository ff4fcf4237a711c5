import { defineMessages } from '../../i18n/define-messages.ts';

/** Texts of signing in and out and the roles' names; merged into i18n/messages.ts under `session`. */
export const sessionMessages = defineMessages({
  id: {
    title: 'Masuk',
    intro: 'Masuk dengan akun Anda untuk melihat data kompetensi sesuai peran Anda.',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    signIn: 'Masuk',
    signingIn: 'Sedang masuk…',
    signOut: 'Keluar',
    signedInAs: 'Masuk sebagai {name} ({role})',
    failure: {
      WRONG: 'Nama pengguna atau kata sandi salah, atau terlalu banyak percobaan: periksa lagi, tunggu sebentar, lalu coba kembali.',
      LOCKED: 'Terlalu banyak permintaan. Tunggu sebentar, lalu coba kembali.',
      NETWORK: 'Server tidak dapat dihubungi. Periksa koneksi Anda lalu coba lagi.',
    },
    privacy: 'Data ini adalah data pribadi ASN (UU PDP 27/2022): setiap akses dicatat, dan Anda hanya melihat yang dibutuhkan peran Anda.',
    roles: { ADMIN: 'Admin BKPSDM', LEADERSHIP: 'Pimpinan', PLANNER: 'Perencana', SUPERVISOR: 'Atasan', EMPLOYEE: 'Pegawai', ANALYST: 'Analis' },
  },
  en: {
    title: 'Sign in',
    intro: 'Sign in with your account to see the competency data your role allows.',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {name} ({role})',
    failure: {
      WRONG: 'The username or the password is wrong, or there were too many attempts: check them, wait a moment and try again.',
      LOCKED: 'Too many requests. Wait a moment and try again.',
      NETWORK: 'The server cannot be reached. Check your connection and try again.',
    },
    privacy: 'This is personal data of civil servants (UU PDP 27/2022): every access is logged, and you see only what your role needs.',
    roles: { ADMIN: 'BKPSDM administrator', LEADERSHIP: 'Leadership', PLANNER: 'Planner', SUPERVISOR: 'Supervisor', EMPLOYEE: 'Employee', ANALYST: 'Analyst' },
  },
});
