import { CombinedGraphQLErrors } from '@apollo/client';
import { reactive } from 'vue';
import { apolloClient } from '../../apollo.ts';
import { LoginDocument, LogoutDocument, MeDocument, type SessionAccountFragment } from './session.generated.ts';

export type SessionAccount = SessionAccountFragment;

/** Who is signed in, for the whole app: the server keeps the session in an HTTP-only cookie. */
export const session = reactive<{ account: SessionAccount | null; loaded: boolean }>({ account: null, loaded: false });

let loading: Promise<void> | null = null;

/** Asks the server who is signed in (once; `force` asks again). */
export function loadSession(force = false): Promise<void> {
  if (!loading || force) {
    loading = apolloClient
      .query({ query: MeDocument, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        session.account = data?.me ?? null;
      })
      .catch(() => {
        session.account = null;
      })
      .finally(() => {
        session.loaded = true;
      });
  }
  return loading;
}

export type SignInFailure = 'WRONG' | 'LOCKED' | 'NETWORK';

/** Signs in; the cookie is set by the server. Resolves with the account, or rejects with why it failed. */
export async function signIn(username: string, password: string): Promise<SessionAccount> {
  try {
    const { data } = await apolloClient.mutate({ mutation: LoginDocument, variables: { input: { username, password } } });
    if (!data) throw new Error('no answer');
    // Another person's answers must not stay in the cache.
    await apolloClient.clearStore();
    session.account = data.login.account;
    session.loaded = true;
    return data.login.account;
  } catch (error) {
    const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
    throw (code === 'RATE_LIMITED' ? 'LOCKED' : code === 'UNAUTHENTICATED' ? 'WRONG' : 'NETWORK') satisfies SignInFailure;
  }
}

export async function signOut(): Promise<void> {
  try {
    await apolloClient.mutate({ mutation: LogoutDocument });
  } finally {
    session.account = null;
    await apolloClient.clearStore();
  }
}
