import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';

/**
 * Keeps the analytics read model (schema `analytics`, see its migration) in step with the graph.
 * Every write service calls one of these inside its own transaction, after flushing, so a change and
 * its effect on the heatmaps commit together.
 */
export const analyticsRefresh = {
  /**
   * Recomputes the facts of these employees and moves the roll-up by the difference. Takes the
   * entities (or ids): a new employee has an id only once flushed, so ids are read after the flush.
   */
  async employees(em: SqlEntityManager, employees: readonly (number | { id: number })[]): Promise<void> {
    if (employees.length === 0) return;
    await em.flush();
    const ids = employees.map((e) => (typeof e === 'number' ? e : e.id));
    if (ids.some((id) => !Number.isInteger(id))) throw new Error('analyticsRefresh.employees: an employee has no id after the flush');
    await sql(em, 'select analytics.refresh_employees(?::int[])', [`{${ids.join(',')}}`]);
  },

  /** The holders of a position (after its standard changed). */
  async positionHolders(em: SqlEntityManager, positionId: number): Promise<void> {
    await em.flush();
    const rows = await sql<{ id: number }>(em, 'select id from employee where position_id = ?', [positionId]);
    await this.employees(em, rows.map((r) => Number(r.id)));
  },

  /** After a unit was added: its place in the tree (it has no employees yet, so no roll-up changes). */
  async closure(em: SqlEntityManager): Promise<void> {
    await em.flush();
    await sql(em, 'select analytics.refresh_work_unit_closure()');
  },

  /** After the tree changed shape: the closure, and the roll-up of every subtree. */
  async tree(em: SqlEntityManager): Promise<void> {
    await em.flush();
    await sql(em, 'select analytics.rebuild_rollup()');
  },
};
