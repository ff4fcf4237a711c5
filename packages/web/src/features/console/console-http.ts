/**
 * The console's requests, sent as they are typed (no client cache in between, so every run reaches
 * the server and the answer is shown whole, errors and extensions included). The session cookie of
 * the sign-in goes along with same-origin credentials.
 */
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { introspectionFailure, type GraphqlBody } from './console-request.ts';

export interface GraphqlAnswer {
  status: number;
  /** Null when the server did not answer with JSON. */
  body: GraphqlBody | null;
}

export async function postGraphql(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<GraphqlAnswer> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: GraphqlBody | null = null;
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === 'object' && parsed !== null) body = parsed as GraphqlBody;
  } catch {
    body = null;
  }
  return { status: response.status, body };
}

export type SchemaResult = { ok: true; schema: GraphQLSchema } | { ok: false; reason: 'forbidden' | 'unavailable' };

/** The schema by introspection; the server may refuse it to roles other than ANALYST and ADMIN. */
export async function fetchSchema(): Promise<SchemaResult> {
  let answer: GraphqlAnswer;
  try {
    answer = await postGraphql(getIntrospectionQuery(), {});
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const data = answer.body?.data as IntrospectionQuery | undefined;
  if (!data?.__schema || answer.body?.errors) return { ok: false, reason: introspectionFailure(answer.status, answer.body) };
  try {
    return { ok: true, schema: buildClientSchema(data) };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}
