/** A CSV file name without characters file systems refuse: "tim-budi-santoso-2026-11-27.csv". Pure. */
export function csvFileNameSlug(prefix: string, name: string, day: string): string {
  const slug = `${prefix}-${name}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug}-${day}.csv`;
}
