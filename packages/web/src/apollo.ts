import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The one Apollo client of the app; the API lives on the same origin at /graphql. */
export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache({
    typePolicies: {
      // A heatmap axis entry's id is only unique within its axis (a unit id, a kind, a competency
      // code): normalising it would let one heatmap's labels overwrite another's.
      HeatmapAxisEntry: { keyFields: false },
    },
  }),
});
