import type { GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';
import { contextFor, createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';

export interface TestApp {
  app: App;
  url: string;
  /** Sends a GraphQL request over HTTP, as a client would. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: GraphQLFormattedError[] }>;
  /** Sends a request that must succeed, and returns its data. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ok(query: string, variables?: Record<string, unknown>): Promise<any>;
  /** Executes an operation in-process through the same schema and error model. */
  execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: readonly GraphQLFormattedError[] }>;
  close(): Promise<void>;
}

/** The real HTTP server on a free port, over a test database. */
export async function startTestApp(db: Database): Promise<TestApp> {
  const app = await createApp(db, { ...loadConfig({}), webDistDir: '/nonexistent' });
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}`;
  const graphql: TestApp['graphql'] = async (query, variables) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as never;
  };
  return {
    app,
    url,
    graphql,
    async ok(query, variables) {
      const { data, errors } = await graphql(query, variables);
      expect(errors, JSON.stringify(errors)).toBeUndefined();
      return data;
    },
    async execute(query, variables) {
      const response = await app.apollo.executeOperation({ query, variables }, { contextValue: contextFor(db) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as never;
    },
    close: () => app.stop(),
  };
}
