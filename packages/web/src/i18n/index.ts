import { createI18n } from 'vue-i18n';
import { messages, type Locale } from './messages.ts';

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('locale') : null;

/** Bahasa Indonesia by default; English one click away (remembered in localStorage). */
export const i18n = createI18n({
  legacy: false,
  locale: stored === 'en' ? 'en' : 'id',
  fallbackLocale: 'id',
  messages,
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem('locale', locale);
  document.documentElement.lang = locale;
}
