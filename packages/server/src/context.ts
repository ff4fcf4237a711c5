import type { SqlEntityManager } from '@mikro-orm/postgresql';

/** What every resolver gets: an EntityManager forked for this request alone. */
export interface RequestContext {
  em: SqlEntityManager;
}
