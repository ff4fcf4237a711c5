import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The one Apollo client of the app; the API lives on the same origin at /graphql. */
export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache(),
});
