import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets two builds (say, two test runs on one machine) keep out of each other's way.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (and CI) across app, scripts and tests; checking again
  // inside `next build` would only slow the first `npm start`.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // The spreadsheet import's upload (docs/decisions/025): a file of up to 10 MB. proxy.ts refuses anything larger
  // (and every other form over 1 MB) with a page in words before Next.js reads it.
  experimental: { serverActions: { bodySizeLimit: "11mb" }, proxyClientMaxBodySize: "11mb" },
  // The Content-Security-Policy (a nonce per request) and Strict-Transport-Security are set in proxy.ts
  // (lib/server/security-headers.ts): they depend on the request and on the running environment.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
