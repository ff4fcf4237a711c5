/** What vue-router's `route.query` holds; kept structural so that pure modules need no router. */
export type QueryParams = Record<string, string | null | (string | null)[] | undefined>;
