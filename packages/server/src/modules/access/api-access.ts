import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Request, RequestHandler } from 'express';
import type { Database } from '../../db/database.js';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import { auditService } from '../audit/audit.service.js';
import { Role } from '../auth/account.entity.js';
import { authService } from '../auth/auth.service.js';
import { secretOf } from '../auth/session-cookie.js';
import type { Viewer } from './access.js';

/** Paths under /api that any signed-in role may GET: blank templates hold no data. */
const OPEN_TO_ANY_ROLE = /^\/import-templates\//;

const refusal = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * The file endpoints (/api: imports, templates, exports) outside GraphQL, under the same rules:
 * a signed-in account (cookie or bearer token); imports and exports are ADMIN's (exports hold
 * everyone's personal data, unfiltered); templates are open to every role. The viewer is left in
 * `res.locals.viewer` for the handlers.
 */
export function apiAccess(db: Database): RequestHandler {
  return async (req, res, next) => {
    try {
      const secret = secretOf(req);
      const viewer = secret ? await authService.viewerOf(db.orm.em.fork() as SqlEntityManager, secret) : null;
      const open = req.method === 'GET' && OPEN_TO_ANY_ROLE.test(req.path);
      if (!viewer || (!open && viewer.role !== Role.ADMIN)) {
        // Every refused request is audited, as in GraphQL (docs/security.md).
        await auditService.record(db.orm.em.fork() as SqlEntityManager, { access: { viewer }, address: req.ip ?? null }, {
          operation: 'API',
          outcome: AuditOutcome.DENIED,
          summary: { method: req.method, path: req.path, query: req.query },
        });
        if (!viewer) res.status(401).json(refusal('UNAUTHENTICATED', 'Sign in first (login), or send a token as Authorization: Bearer'));
        else res.status(403).json(refusal('FORBIDDEN', 'Imports and exports are for BKPSDM administrators (ADMIN)'));
        return;
      }
      res.locals.viewer = viewer;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** The viewer `apiAccess` found for this request. */
export const viewerOfRequest = (req: Request): Viewer | null => (req.res?.locals.viewer as Viewer | undefined) ?? null;
