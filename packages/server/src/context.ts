import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import type { LoaderRegistry } from './common/loaders.js';
import type { Access } from './modules/access/access.js';

/** What every resolver gets: an EntityManager and loaders that belong to this request alone, and who is asking. */
export interface RequestContext {
  em: SqlEntityManager;
  loaders: LoaderRegistry;
  /** The caller and the rules of what they may see (modules/access). */
  access: Access;
  /** The caller's network address, for the audit trail. */
  address?: string | null;
  /** The HTTP response, when there is one: `login` and `logout` set the session cookie on it. */
  res?: Response;
  /** What this request spent of the caller's cost budget, reported in `extensions.cost`. */
  cost?: { requested: number; limit: number; remaining: number; capacity: number };
  /** When (epoch ms) the request's remaining fields stop (REQUEST_DEADLINE_MS; deadline.ts). */
  deadline?: number;
  /** Set when a field was stopped by the deadline: the answer is then one TIMEOUT error. */
  timedOut?: boolean;
  /** Moves the request to the database's pool of expensive requests (called by the limits before execution). */
  useHeavyPool?: () => void;
}
