import { createCipheriv, createHash, createHmac, randomBytes, type Cipher } from 'node:crypto';

/**
 * Pseudonyms: `P-` and ten hexadecimal digits, a keyed permutation of the employee id (docs/decisions.md,
 * "Pseudonyms are a keyed permutation of the id"). Without the key a pseudonym says nothing about the id;
 * with it the server turns a pseudonym back into the id, so roles that see employees pseudonymised can
 * use pseudonyms wherever an employee id is asked for, and no table of pseudonyms has to be kept.
 *
 * The permutation is a balanced Feistel network on 40 bits (two halves of 20 bits) with ten rounds,
 * each round's function AES-128 of the round number and the half under a key derived from
 * PSEUDONYM_KEY: the construction of NIST SP 800-38G's FF1 for small domains, with its round count.
 * (AES rather than HMAC because one HMAC costs about 15 µs here and a page of 100 needs 1,000 rounds.)
 */
const HALF_BITS = 20;
const HALF_MASK = (1 << HALF_BITS) - 1;
const ROUNDS = 10;
const PATTERN = /^P-([0-9A-F]{10})$/;

/** Shortest PSEUDONYM_KEY accepted: 32 characters (128 bits as hexadecimal). */
export const MIN_PSEUDONYM_KEY_LENGTH = 32;

let key: string | null = null;
let cipher: Cipher | null = null;
const cache = new Map<number, string>();
const CACHE_LIMIT = 200_000;

/**
 * Sets the key of this process (from PSEUDONYM_KEY, or the embedded database's key file: config.ts).
 * Until it is set, a random key of the process is used (tests, scripts), never a fixed one.
 */
export function setPseudonymKey(value: string): void {
  if (value.length < MIN_PSEUDONYM_KEY_LENGTH) throw new Error(`PSEUDONYM_KEY must be at least ${MIN_PSEUDONYM_KEY_LENGTH} characters long`);
  key = value;
  cipher = null;
  cache.clear();
}

function currentKey(): string {
  key ??= randomBytes(32).toString('hex');
  return key;
}

/** The round function for many halves at once: one AES call per round however many ids (a page, or everyone). */
function rounds(n: number, halves: readonly number[]): number[] {
  cipher ??= createCipheriv('aes-128-ecb', createHash('sha256').update(`pseudonym:${currentKey()}`).digest().subarray(0, 16), null).setAutoPadding(false);
  const blocks = Buffer.alloc(16 * halves.length);
  halves.forEach((half, i) => {
    blocks.writeUInt8(n, 16 * i);
    blocks.writeUInt32BE(half, 16 * i + 1);
  });
  const out = cipher.update(blocks);
  return halves.map((_, i) => ((out[16 * i] << 16) | (out[16 * i + 1] << 8) | out[16 * i + 2]) & HALF_MASK);
}

function permute(values: readonly number[]): number[] {
  let left = values.map((v) => Math.floor(v / 2 ** HALF_BITS) & HALF_MASK);
  let right = values.map((v) => v & HALF_MASK);
  for (let n = 0; n < ROUNDS; n++) {
    const f = rounds(n, right);
    [left, right] = [right, left.map((l, i) => l ^ f[i])];
  }
  return left.map((l, i) => l * 2 ** HALF_BITS + right[i]);
}

function unpermute(values: readonly number[]): number[] {
  let left = values.map((v) => Math.floor(v / 2 ** HALF_BITS));
  let right = values.map((v) => v & HALF_MASK);
  for (let n = ROUNDS - 1; n >= 0; n--) {
    const f = rounds(n, left);
    [left, right] = [right.map((r, i) => r ^ f[i]), left];
  }
  return left.map((l, i) => l * 2 ** HALF_BITS + right[i]);
}

/** The pseudonyms of many employees at once (cheaper than one by one). */
export function pseudonymsOf(employeeIds: readonly number[]): string[] {
  const missing = [...new Set(employeeIds.filter((id) => !cache.has(id)))];
  if (missing.length) {
    if (cache.size + missing.length > CACHE_LIMIT) cache.clear();
    permute(missing).forEach((value, i) => cache.set(missing[i], `P-${value.toString(16).toUpperCase().padStart(10, '0')}`));
  }
  return employeeIds.map((id) => cache.get(id)!);
}

/** The pseudonym of an employee: the same for the same id and key, different for different ids. */
export function pseudonymOf(employeeId: number): string {
  return cache.get(employeeId) ?? pseudonymsOf([employeeId])[0];
}

/** The employee id behind a pseudonym, or null when the text is not a pseudonym. */
export function idOfPseudonym(pseudonym: string): number | null {
  const match = PATTERN.exec(pseudonym.trim().toUpperCase());
  if (!match) return null;
  const [id] = unpermute([Number.parseInt(match[1], 16)]);
  return id >= 1 && id <= 2 ** 31 - 1 ? id : null;
}

/** A keyed secret for other uses than pseudonyms (the order of pseudonymised lists), derived from the key. */
export function derivedSecret(purpose: string): string {
  return createHmac('sha256', currentKey()).update(`derive:${purpose}`).digest('hex');
}
