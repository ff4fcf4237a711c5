import type { Viewer } from '../access/access.js';
import { hashSecret } from './auth.service.js';

/**
 * Who a session or API token belongs to, remembered for a moment: without it every request costs a
 * database round trip before any work (a quarter of a cached dashboard answer's time). Only tokens
 * that were valid are kept, by the SHA-256 of the secret, for at most `ttlMs`; every mutation through
 * this process forgets them all (sign-out, revoked tokens, disabled accounts and role changes take
 * effect at once here). A change made through another server process, or an expiry, shows within
 * `ttlMs` (1 s by default). `ttlMs` 0 looks every token up (tests).
 */
export class ViewerCache {
  private readonly entries = new Map<string, { viewer: Viewer; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly limit = 10_000,
  ) {}

  async viewerOf(secret: string, lookUp: (secret: string) => Promise<Viewer | null>): Promise<Viewer | null> {
    if (this.ttlMs <= 0) return lookUp(secret);
    const key = hashSecret(secret);
    const now = Date.now();
    const known = this.entries.get(key);
    if (known && known.until > now) return known.viewer;
    const viewer = await lookUp(secret);
    this.entries.delete(key);
    if (viewer) {
      this.entries.set(key, { viewer, until: now + this.ttlMs });
      if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    }
    return viewer;
  }

  clear(): void {
    this.entries.clear();
  }
}
