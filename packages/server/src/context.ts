import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { LoaderRegistry } from './common/loaders.js';

/** What every resolver gets: an EntityManager and loaders that belong to this request alone. */
export interface RequestContext {
  em: SqlEntityManager;
  loaders: LoaderRegistry;
}
