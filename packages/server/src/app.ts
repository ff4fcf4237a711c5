import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { formatError } from './common/errors.js';
import { inputStringsPlugin, refuseInvalidQueryStrings } from './common/input-strings.js';
import { LoaderRegistry } from './common/loaders.js';
import type { AppConfig } from './config.js';
import { Access, type Viewer } from './modules/access/access.js';
import { apiAccess, viewerOfRequest } from './modules/access/api-access.js';
import { ExpensiveRequestLimiter } from './modules/access/expensive-limiter.js';
import { CostBudget, DEFAULT_LIMITS, queryLimitsPlugin, type QueryLimits } from './modules/access/limits.js';
import { readAuditPlugin } from './modules/audit/read-audit.js';
import { authService } from './modules/auth/auth.service.js';
import { secretOf } from './modules/auth/session-cookie.js';
import type { RequestContext } from './context.js';
import type { Database } from './db/database.js';
import { configureAnalyticsCache, forgetVersion } from './modules/analytics/analytics-cache.js';
import { ViewerCache } from './modules/auth/viewer-cache.js';
import { configureImportLimits } from './modules/import/import-limits.js';
import { createImportRouter } from './modules/import/import.router.js';
import { buildAppSchema } from './schema.js';
import { appShell, securityHeaders } from './security-headers.js';

export interface App {
  server: Server;
  apollo: ApolloServer<RequestContext>;
  schema: GraphQLSchema;
  /** Who may run an expensive request now (limits.ts); the tests hold places in it. */
  limiter: ExpensiveRequestLimiter;
  /** Listens on the port (0 picks a free one) and resolves with the bound port. */
  listen(port: number): Promise<number>;
  stop(): Promise<void>;
}

/** Apollo Server over the schema, with the error model; shared by HTTP and in-process tests. */
export async function createApollo(
  schema: GraphQLSchema,
  limits: QueryLimits = DEFAULT_LIMITS,
  httpServer?: Server,
  viewers?: ViewerCache,
  limiter = new ExpensiveRequestLimiter(limits.expensive),
  budget = new CostBudget(limits.budgetCapacity, limits.budgetRefillPerSecond),
): Promise<ApolloServer<RequestContext>> {
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Apollo turns introspection off when NODE_ENV is production; queryLimitsPlugin decides who may
    // introspect (ANALYST and ADMIN, for the console), whatever the environment.
    introspection: true,
    // No "Did you mean …?" in errors: they would spell out the schema to whoever probes it.
    hideSchemaDetailsFromClientErrors: true,
    // Refuses requests a browser could send cross-site without a preflight (text/plain, forms).
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries are not used by the web app (it sends whole documents): off, so no
    // client can fill the server's query cache with documents of its choosing.
    persistedQueries: false,
    parseOptions: { maxTokens: limits.maxTokens },
    // No response uses cache hints, and the plugin doubles the cost of large lists (measured).
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      inputStringsPlugin(),
      queryLimitsPlugin(limits, limiter, budget),
      readAuditPlugin(),
      // After a mutation has committed, this process reads the data version afresh (analytics-cache.ts)
      // and looks every token up again (a sign-out, a revoked token or a disabled account counts at once).
      {
        requestDidStart: async () => ({
          willSendResponse: async ({ operation }) => {
            if (operation?.operation !== 'mutation') return;
            forgetVersion();
            viewers?.clear();
          },
        }),
      },
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
  await apollo.start();
  return apollo;
}

/**
 * A request's context: an EntityManager of its own (never the global one) on the pool of requests,
 * whose connections carry a statement timeout, and who is asking. An expensive request moves to the
 * heavy pool before it runs (`useHeavyPool`, called by the limits plugin), so it cannot take the
 * connections the other requests need.
 */
export function contextFor(db: Database, viewer: Viewer | null = null, extras: Pick<RequestContext, 'address' | 'res'> = {}): RequestContext {
  const bind = (em: SqlEntityManager) => ({ em, loaders: new LoaderRegistry(em), access: new Access(viewer, em) });
  const context: RequestContext = {
    ...bind(db.requestOrm.em.fork() as SqlEntityManager),
    ...extras,
    useHeavyPool: () => Object.assign(context, bind(db.heavyOrm.em.fork() as SqlEntityManager)),
  };
  return context;
}

/**
 * The context of an HTTP request: the viewer comes from its bearer token or session cookie. An account
 * whose cost budget is spent is refused here, before its request is parsed.
 */
async function httpContext(db: Database, viewers: ViewerCache, budget: CostBudget, req: express.Request, res: express.Response): Promise<RequestContext> {
  const secret = secretOf(req);
  const viewer = secret ? await viewers.viewerOf(secret, (s) => authService.viewerOf(db.requestOrm.em.fork() as SqlEntityManager, s)) : null;
  if (viewer) budget.assertLeft(viewer.accountId);
  return contextFor(db, viewer, { address: req.ip ?? req.socket.remoteAddress ?? null, res });
}

/** The HTTP application: `/graphql`, `/healthz`, and the built web app at `/`. */
export async function createApp(db: Database, config: AppConfig): Promise<App> {
  const schema = await buildAppSchema();
  configureAnalyticsCache({ staleAfterMs: config.dashboardStaleAfterMs });
  configureImportLimits(config.importLimits);
  const app = express();
  app.disable('x-powered-by');
  // No ETag over API answers: POSTs are never revalidated, and hashing a large answer costs time.
  app.set('etag', false);
  if (config.trustProxy) app.set('trust proxy', /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy);
  // CSP, no framing, no sniffing, referrer policy, HSTS over HTTPS: on every answer, before any route.
  app.use(securityHeaders());
  const server = createServer(app);
  const viewers = new ViewerCache(config.viewerCacheMs);
  const limiter = new ExpensiveRequestLimiter(config.limits.expensive);
  const budget = new CostBudget(config.limits.budgetCapacity, config.limits.budgetRefillPerSecond);
  const apollo = await createApollo(schema, config.limits, server, viewers, limiter, budget);

  app.get('/healthz', async (_req, res) => {
    try {
      await db.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', database: 'reachable', engine: db.target.kind });
    } catch {
      res.status(503).json({ status: 'error', database: 'unreachable', engine: db.target.kind });
    }
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async ({ req, res }) => httpContext(db, viewers, budget, req, res) }));
  // Imports, templates and exports (docs/import.md), for signed-in accounts of the right role.
  app.use('/api', refuseInvalidQueryStrings, apiAccess(db), createImportRouter(db, { requestedBy: (req) => viewerOfRequest(req)?.username ?? null }));

  if (existsSync(resolve(config.webDistDir, 'index.html'))) {
    const shell = appShell(resolve(config.webDistDir, 'index.html'));
    // The shell carries the CSP nonce of its answer, so it is never served as a static file.
    app.get('/index.html', shell);
    app.use(express.static(config.webDistDir, { index: false, maxAge: '1h' }));
    // The SPA routes in the browser: any other GET gets the app shell.
    app.get(/^\/(?!graphql|healthz).*/, shell);
  }

  return {
    server,
    apollo,
    schema,
    limiter,
    listen: (port) =>
      new Promise((done, fail) => {
        server.once('error', fail);
        server.listen(port, () => {
          const address = server.address();
          done(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
  };
}
