import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { NextFunction, Request, Response } from 'express';

/**
 * The Content-Security-Policy of everything the server answers (OWASP "Content Security Policy Cheat
 * Sheet"): the built web app loads its scripts, styles, fonts and data only from this origin, never
 * runs inline or evaluated code, and no other site may frame it. The app's styles are in its built
 * CSS files, and what it sets at run time (`:style` bindings, chart.js on canvas) goes through the CSS
 * object model, which `style-src` does not govern. The one inline <style> element is the console's
 * code editor's (CodeMirror writes its theme into it): it is admitted by a nonce that is new on every
 * answer (CSP Level 3 §6.7.2.4), so `'unsafe-inline'` is not needed and injected markup cannot add
 * styles. Images may be `data:` and `blob:` URLs (the heatmap's PNG download).
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** HSTS for a year, subdomains included: sent only over HTTPS (RFC 6797 §7.2), as browsers ignore it otherwise. */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Browser-side defences on every answer (the app, `/graphql`, `/api`, `/healthz`): the CSP above,
 * no framing (`frame-ancestors 'none'` and, for browsers without CSP 2, `X-Frame-Options: DENY`), no
 * content sniffing (a CSV export is never run as a script), no referrer sent to other sites, and HSTS
 * when the request came over HTTPS (`req.secure`: directly, or through a proxy trusted by
 * TRUST_PROXY that says `X-Forwarded-Proto: https`). docs/security.md, "Uploads, exports and the browser".
 */
export function securityHeaders() {
  return (req: Request, res: Response, next: NextFunction): void => {
    // 128 random bits, as CSP Level 3 asks of a nonce; appShell() writes it into the page.
    const nonce = randomBytes(16).toString('base64');
    res.locals.cspNonce = nonce;
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (req.secure) res.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    next();
  };
}

/** Where index.html of the built app holds the nonce for lib/csp-nonce.ts. */
const NONCE_PLACEHOLDER = /__CSP_NONCE__/g;

/**
 * The app shell (index.html) with this answer's nonce written in, for every route of the single-page
 * app. Read once: the built app does not change while the server runs. Not cached by browsers, so
 * each visit gets the nonce of its own answer.
 */
export function appShell(indexPath: string) {
  const html = readFileSync(indexPath, 'utf8');
  return (_req: Request, res: Response): void => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html.replace(NONCE_PLACEHOLDER, String(res.locals.cspNonce ?? '')));
  };
}
