// The response headers that depend on the request or the environment, set by proxy.ts: the Content
// Security Policy (a fresh nonce per request) and Strict-Transport-Security. The fixed ones
// (X-Content-Type-Options, Referrer-Policy …) stay in next.config.ts. Pure: no I/O.

/** 128 random bits, base64: the form Next.js looks for in `'nonce-…'` (get-script-nonce-from-header). */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only with this request's nonce, which Next.js puts on its own inline and chunk scripts
 * when it finds it in the request's Content-Security-Policy header; 'strict-dynamic' lets those scripts
 * load the chunks they need. Styles keep 'unsafe-inline': React and Recharts set style attributes, which
 * a nonce cannot allow. Development needs 'unsafe-eval' (React's call stacks and fast refresh).
 */
export function contentSecurityPolicy({ nonce, isDevelopment }: { nonce: string; isDevelopment: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * Two years, subdomains included, once the service is served over https (BETTER_AUTH_URL, the address
 * people use, starts with https:). Over plain http the header would mean nothing, and on localhost it
 * would stick to every other local service on that name.
 */
export function strictTransportSecurity(baseUrl: string | undefined): string | undefined {
  return baseUrl?.toLowerCase().startsWith("https:") ? "max-age=63072000; includeSubDomains" : undefined;
}
