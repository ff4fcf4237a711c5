import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { DomainError } from './errors.js';
import { registerDescribedEnum } from './graphql-enum.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Page arguments of every list (Relay cursor connections). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many records to return, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the records after this cursor (the `endCursor` of the previous page).' })
  after?: string | null;
}

@ObjectType({ description: 'Where a page stands in a list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more records follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether records precede this page (true when `after` was given).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first record of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last record of the page: pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/**
 * The position of a record in its list: the id, and for lists ordered by another field the value of
 * that field too (keyset pagination on (value, id)). Opaque to clients.
 */
export function encodeCursor(id: number, key?: string): string {
  return Buffer.from(key === undefined ? `id:${id}` : `k:${JSON.stringify([key, id])}`).toString('base64url');
}

export function decodeCursor(cursor: string): { id: number; key?: string } {
  const text = Buffer.from(cursor, 'base64url').toString();
  const plain = /^id:(\d+)$/.exec(text);
  if (plain) return { id: Number(plain[1]) };
  if (text.startsWith('k:')) {
    try {
      const [key, id] = JSON.parse(text.slice(2)) as [unknown, unknown];
      if (typeof key === 'string' && Number.isInteger(id)) return { id: id as number, key };
    } catch {
      // fall through to the error below
    }
  }
  throw DomainError.badInput('after', 'The cursor is not one this API gave out');
}

/** Checks `first` and `after`; asking for more than the maximum is an error, never a silent clamp. */
export function readPage(args: PageArgs): { limit: number; afterId: number | null; afterKey?: string } {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw DomainError.badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}; got ${limit}`);
  }
  const after = args.after ? decodeCursor(args.after) : null;
  return { limit, afterId: after?.id ?? null, afterKey: after?.key };
}

export interface Page<T> {
  nodes: T[];
  /** The number of records in the whole list; called only when a client asks for it. */
  count: () => Promise<number>;
  hasNextPage: boolean;
  afterId: number | null;
  /** For lists ordered by another field than the id: that field's value, which goes into the cursor. */
  cursorKey?: (node: T) => string;
  /** For lists whose cursors must not carry the id (pseudonymised lists): the cursor of a node. */
  cursorOf?: (node: T) => string;
}

/** Builds the GraphQL connection type of a node type: edges, nodes, pageInfo and totalCount. */
export function Connection<T extends { id: number }>(Node: ClassType<T>, nodeDescription: string) {
  @ObjectType(`${Node.name}Edge`, { description: `One ${nodeDescription} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this record.' })
    cursor!: string;

    @Field(() => Node, { description: `The ${nodeDescription}.` })
    node!: T;
  }

  @ObjectType(`${Node.name}Connection`, { description: `A page of ${nodeDescription} records.` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The records of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [Node], { description: 'The records of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
    pageInfo!: PageInfo;

    private count!: () => Promise<number>;

    @Field(() => Int, { description: 'Number of records in the whole list, across all pages (counted only when asked for).' })
    totalCount(): Promise<number> {
      return this.count();
    }

    static from(page: Page<T>): ConnectionType {
      const connection = new ConnectionType();
      connection.nodes = page.nodes;
      const cursorOf = page.cursorOf ?? ((node: T) => encodeCursor(node.id, page.cursorKey?.(node)));
      connection.edges = page.nodes.map((node) => Object.assign(new Edge(), { node, cursor: cursorOf(node) }));
      connection.count = page.count;
      connection.pageInfo = {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.afterId !== null,
        startCursor: page.nodes.length ? cursorOf(page.nodes[0]) : null,
        endCursor: page.nodes.length ? cursorOf(page.nodes[page.nodes.length - 1]) : null,
      };
      return connection;
    }
  }
  return ConnectionType;
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerDescribedEnum(OrderDirection, 'OrderDirection', 'Direction of an ordering.', {
  ASC: 'Ascending: A to Z, smallest first.',
  DESC: 'Descending: Z to A, largest first.',
});
