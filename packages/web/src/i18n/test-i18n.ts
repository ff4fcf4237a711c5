import { createI18n } from 'vue-i18n';
import { messages, type Locale } from './messages.ts';

/**
 * A fresh vue-i18n instance with the app's real messages, for component tests (one per mount, so
 * a test that switches the language does not leak into the next).
 */
export function testI18n(locale: Locale = 'id') {
  return createI18n({ legacy: false, locale, fallbackLocale: 'id', messages });
}
