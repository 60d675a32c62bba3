import { describe, expect, it } from "vitest";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { contentSecurityPolicy, makeNonce, strictTransportSecurity } from "@/lib/server/security-headers";

describe("the Content Security Policy", () => {
  it("allows scripts by this request's nonce only, in the form Next.js reads back", () => {
    const nonce = makeNonce();
    const csp = contentSecurityPolicy({ nonce, isDevelopment: false });
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(getScriptNonceFromHeader(csp)).toBe(nonce);
  });

  it("adds 'unsafe-eval' in development only, and never 'unsafe-inline' for scripts", () => {
    const dev = contentSecurityPolicy({ nonce: "abc", isDevelopment: true });
    expect(dev).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic' 'unsafe-eval'");
    for (const csp of [dev, contentSecurityPolicy({ nonce: "abc", isDevelopment: false })]) {
      expect(csp.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it("makes a different 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, makeNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("Strict-Transport-Security", () => {
  it("is sent for two years with subdomains when the service's address is https, not otherwise", () => {
    expect(strictTransportSecurity("https://rollout.example.nhs.uk")).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity("HTTPS://rollout.example.nhs.uk")).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeUndefined();
    expect(strictTransportSecurity(undefined)).toBeUndefined();
  });
});
