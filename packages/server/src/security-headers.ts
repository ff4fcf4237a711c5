import type { NextFunction, Request, Response } from 'express';

/**
 * The Content-Security-Policy of everything the server answers (OWASP "Content Security Policy Cheat
 * Sheet"): the built web app loads its scripts, styles, fonts and data only from this origin, never
 * runs inline or evaluated code, and no other site may frame it. Every style of the app is in its
 * built CSS files; what the app sets at run time (`:style` bindings, chart.js on canvas, CodeMirror's
 * constructed style sheets) goes through the CSS object model, which `style-src` does not govern, so
 * `'unsafe-inline'` is not needed. Images may be `data:` and `blob:` URLs (the heatmap's PNG download).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

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
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (req.secure) res.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    next();
  };
}
