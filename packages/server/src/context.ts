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
}
