/**
 * The nonce the server gave this page for its Content-Security-Policy (`style-src 'self' 'nonce-…'`,
 * packages/server/src/security-headers.ts), read from `<meta name="csp-nonce">` of index.html. The
 * code editor of the console needs it for the one <style> element it writes; everything else of the
 * app is styled from its built CSS. Undefined under Vite's dev server, which sends no policy.
 */
export function cspNonce(doc: Document = document): string | undefined {
  const value = doc.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
  return value && value !== '__CSP_NONCE__' ? value : undefined;
}
