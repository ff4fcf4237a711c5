/** Number formats every page shares: the interface language decides the separators ("1.234" in Indonesian). */

/** The BCP 47 tag for an interface language. */
export function numberLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'id-ID';
}

/** A whole number with the language's thousands separator. */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(numberLocale(locale)).format(count);
}

/** Shortens a label for an axis; the full text stays in the tooltip. */
export function truncateLabel(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
