/**
 * NIP (Nomor Induk Pegawai): 18 digits, `YYYYMMDD` birth date, `YYYYMM` start of service (TMT CPNS),
 * `G` gender (1 male, 2 female) and a 3-digit sequence. The NI PPPK follows the same shape.
 */
export interface ParsedNip {
  birthDate: string;
  serviceStart: { year: number; month: number };
  gender: 'MALE' | 'FEMALE';
  sequence: number;
}

export type NipCheck = { ok: true; value: ParsedNip } | { ok: false; reason: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Parses and validates a NIP, saying in plain words what is wrong with it. Spaces are ignored. */
export function parseNip(raw: string): NipCheck {
  const nip = raw.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(nip)) return { ok: false, reason: 'NIP must have exactly 18 digits' };
  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  if (year < 1900 || !isRealDate(year, month, day)) {
    return { ok: false, reason: `NIP digits 1–8 (${nip.slice(0, 8)}) are not a real birth date` };
  }
  const serviceYear = Number(nip.slice(8, 12));
  const serviceMonth = Number(nip.slice(12, 14));
  if (serviceMonth < 1 || serviceMonth > 12) {
    return { ok: false, reason: `NIP digits 13–14 (${nip.slice(12, 14)}) must be a month 01–12` };
  }
  if (serviceYear < year + 15) {
    return { ok: false, reason: `NIP start of service ${serviceYear} is too soon after the birth year ${year}` };
  }
  const genderDigit = nip[14];
  if (genderDigit !== '1' && genderDigit !== '2') {
    return { ok: false, reason: `NIP digit 15 (${genderDigit}) must be 1 (male) or 2 (female)` };
  }
  return {
    ok: true,
    value: {
      birthDate: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
      serviceStart: { year: serviceYear, month: serviceMonth },
      gender: genderDigit === '1' ? 'MALE' : 'FEMALE',
      sequence: Number(nip.slice(15)),
    },
  };
}

/** Builds a NIP from its parts (used by the demo-data generator and tests). */
export function formatNip(birthDate: string, serviceYear: number, serviceMonth: number, gender: 'MALE' | 'FEMALE', sequence: number): string {
  return `${birthDate.replaceAll('-', '')}${pad(serviceYear, 4)}${pad(serviceMonth)}${gender === 'MALE' ? 1 : 2}${pad(sequence, 3)}`;
}
