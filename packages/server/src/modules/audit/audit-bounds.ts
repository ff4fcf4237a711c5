import { createHash, createHmac } from 'node:crypto';
import { INVALID_CHARACTER } from '../../common/input-strings.js';

/**
 * The size bounds of an audit row (docs/security.md, "The audit trail"). Every stored string is cut
 * to `MAX_STRING` characters, marked with its length and a SHA-256 prefix (so two long values can
 * still be told apart or matched), and the whole summary to `MAX_SUMMARY_BYTES` of JSON.
 */
export const AUDIT_BOUNDS = {
  /** Characters kept of any one string value. */
  maxString: 200,
  /** Bytes of JSON kept of a row's summary; beyond it the summary is replaced by its size, hash and keys. */
  maxSummaryBytes: 4_096,
  /** Items kept of any one array in the summary. */
  maxItems: 20,
  /** Nesting kept in the summary. */
  maxDepth: 5,
  /** Records named in `affected` (a mutation's payload rarely holds more than a handful). */
  maxAffected: 50,
};

/**
 * Key of the HMAC over attempted usernames (AUDIT_KEY): the same wrong username gives the same hash,
 * so attempts group, but a password typed into the username field cannot be read back.
 */
const AUDIT_KEY = process.env.AUDIT_KEY || 'kompetensi-palembang-audit';

/** The keyed hash of an attempted username, as stored in the audit trail and the sign-in throttle. */
export function attemptedUsernameKey(username: string): string {
  return createHmac('sha256', AUDIT_KEY).update(username.trim().toLowerCase()).digest('hex');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every NUL and lone surrogate of a string (requests holding them are refused earlier; other paths are cleaned here). */
const UNSTORABLE = new RegExp(INVALID_CHARACTER.source, 'g');

/** A string as the trail stores it: unstorable characters replaced, cut to `max` with a marker of what was cut. */
export function boundString(value: string, max = AUDIT_BOUNDS.maxString): string {
  const clean = value.replace(UNSTORABLE, '\ufffd');
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max)}…[${value.length} characters, sha256 ${sha256(value).slice(0, 16)}]`;
}

function boundValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return boundString(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (depth >= AUDIT_BOUNDS.maxDepth) return '…[nested too deep]';
  if (Array.isArray(value)) {
    const kept = value.slice(0, AUDIT_BOUNDS.maxItems).map((item) => boundValue(item, depth + 1));
    return value.length > AUDIT_BOUNDS.maxItems ? [...kept, `…[${value.length} items]`] : kept;
  }
  const entries = Object.entries(value);
  const kept = entries.slice(0, AUDIT_BOUNDS.maxItems).map(([key, v]) => [boundString(key, 60), boundValue(v, depth + 1)]);
  if (entries.length > AUDIT_BOUNDS.maxItems) kept.push(['…', `[${entries.length} keys]`]);
  return Object.fromEntries(kept);
}

/**
 * A summary as the trail stores it: every string bounded, and the whole at most `maxSummaryBytes`
 * of JSON; a larger one is replaced by its size, its SHA-256 and its top-level keys.
 */
export function boundSummary(summary: Record<string, unknown>): Record<string, unknown> {
  const bounded = boundValue(summary, 0) as Record<string, unknown>;
  const json = JSON.stringify(bounded);
  const bytes = Buffer.byteLength(json);
  if (bytes <= AUDIT_BOUNDS.maxSummaryBytes) return bounded;
  return { truncated: true, bytes, sha256: sha256(json), keys: Object.keys(bounded).slice(0, AUDIT_BOUNDS.maxItems) };
}
