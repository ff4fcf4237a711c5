import type { EntityClass } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from './errors.js';

/**
 * Input checks shared by every service. Each names the field at fault (relative to the mutation's
 * `input`, e.g. `requirements[2].requiredLevel`) in words a person can act on.
 */
export const check = {
  /** A whole level from 1 to 5. */
  level(field: string, value: number): number {
    if (!Number.isInteger(value) || value < 1 || value > 5) throw DomainError.badInput(field, `${field} must be a whole level from 1 to 5; got ${value}`);
    return value;
  },

  /** A calendar day written YYYY-MM-DD that exists (no 30 February). */
  day(field: string, value: string): string {
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 10) === value;
    if (!ok) throw DomainError.badInput(field, `${field} must be a date written YYYY-MM-DD; got "${value}"`);
    return value;
  },

  /** Trimmed text of 1 to `max` characters. */
  text(field: string, value: string, max: number): string {
    const text = value.trim();
    if (!text) throw DomainError.badInput(field, `${field} must not be empty`);
    if (text.length > max) throw DomainError.badInput(field, `${field} must be at most ${max} characters; got ${text.length}`);
    return text;
  },

  /** A number within [min, max]. */
  range(field: string, value: number, min: number, max: number): number {
    if (!Number.isFinite(value) || value < min || value > max) throw DomainError.badInput(field, `${field} must be between ${min} and ${max}; got ${value}`);
    return value;
  },

  /** A whole number of at least `min`. */
  wholeNumber(field: string, value: number, min = 0): number {
    if (!Number.isInteger(value) || value < min) throw DomainError.badInput(field, `${field} must be a whole number of at least ${min}; got ${value}`);
    return value;
  },

  /** The record the id names; a missing one is bad input in this field, not a missing resource. */
  async exists<T extends object>(em: SqlEntityManager, entity: EntityClass<T>, field: string, id: string | number, what: string): Promise<T> {
    const numeric = Number(id);
    const found = Number.isInteger(numeric) && numeric > 0 ? await em.findOne(entity, numeric as never) : null;
    if (!found) throw DomainError.badInput(field, `${field}: there is no ${what} with id ${id}`);
    return found as T;
  },

  /** The record a mutation works on; a missing one is NOT_FOUND. */
  async target<T extends object>(em: SqlEntityManager, entity: EntityClass<T>, id: string | number, what: string): Promise<T> {
    const numeric = Number(id);
    const found = Number.isInteger(numeric) && numeric > 0 ? await em.findOne(entity, numeric as never) : null;
    if (!found) throw DomainError.notFound(what, id);
    return found as T;
  },

  /** Fails with CONFLICT when another record already holds this unique value. */
  async unique<T extends object>(em: SqlEntityManager, entity: EntityClass<T>, field: string, where: object, what: string, exceptId?: number): Promise<void> {
    const other = (await em.findOne(entity, where as never)) as (T & { id: number }) | null;
    if (other && other.id !== exceptId) throw new DomainError(ErrorCode.CONFLICT, `${what} already exists`, field);
  },
};

/** Today as YYYY-MM-DD (a UTC day: see docs/decisions.md). */
export const today = (): string => new Date().toISOString().slice(0, 10);
