// Two ways a form post is wrong before any field is read, answered before Next.js's server-action
// handler sees them (it would throw, and the person would get a 500):
// - too big: no form here needs more than a few kilobytes (every text field is bounded), and Next.js
//   refuses server-action bodies over 1 MB by throwing;
// - from another site: a cross-site request forgery, which Next.js also refuses by throwing.
// Pure: the proxy passes in what it read from the request.

import { MAX_IMPORT_POST_BYTES } from "../import/limits";

/** Below Next.js's own server-action limit (1 MB), so that ours always answers first. */
export const MAX_POST_BYTES = 1_000_000;

/**
 * The one form that carries a file: the spreadsheet import's upload, posted to /import (docs/decisions/025). Its
 * limit is the file's (10 MB) with room for the form; next.config.ts lets Next.js read that much there.
 */
export const IMPORT_PATH = "/import";

export interface PostRequest {
  method: string;
  /** the address's path: the import's upload has a larger limit */
  pathname?: string;
  contentLength: string | null;
  origin: string | null;
  /** the Host header, or X-Forwarded-Host where Next.js would read that */
  host: string | null;
  /** origins people use to reach the service (BETTER_AUTH_URL's) */
  allowedOrigins: readonly string[];
}

export interface Refusal {
  status: 403 | 413;
  title: string;
  message: string;
}

export function refusePost(request: PostRequest): Refusal | null {
  if (request.method !== "POST") return null;
  const length = request.contentLength === null ? null : Number(request.contentLength);
  const isUpload = request.pathname === IMPORT_PATH;
  if (isUpload && length !== null && (!Number.isFinite(length) || length > MAX_IMPORT_POST_BYTES)) {
    return {
      status: 413,
      title: "The file is too large",
      message: "Files up to 10 MB can be imported, and nothing was read or saved. Split the rows into files of up to 10,000 rows, go back, and upload each.",
    };
  }
  if (!isUpload && length !== null && (!Number.isFinite(length) || length > MAX_POST_BYTES)) {
    return {
      status: 413,
      title: "What you sent is too large",
      message:
        "The form you sent is over 1 MB, which no form here needs: each text box takes up to 2,000 characters. Go back, shorten what you typed, and send it again.",
    };
  }
  if (request.origin !== null && !isSameOrigin(request.origin, request.host, request.allowedOrigins)) {
    return {
      status: 403,
      title: "This form came from another site",
      message: "The dashboard only accepts forms sent from its own pages, so nothing was saved. Open the page on the dashboard and send the form from there.",
    };
  }
  return null;
}

function isSameOrigin(origin: string, host: string | null, allowed: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (allowed.some((a) => safeOrigin(a) === parsed.origin)) return true;
  return host !== null && parsed.host === host.split(",")[0]!.trim();
}

function safeOrigin(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/** A small page for the refusal: no scripts, nothing the person sent echoed back. */
export function refusalPage(refusal: Refusal): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${refusal.title} – London Cerner rollout</title></head><body style="font-family:Arial,sans-serif;max-width:40em;margin:2em auto;padding:0 1em"><h1>${refusal.title}</h1><p>${refusal.message}</p><p><a href="/">Go to the rollout overview</a></p></body></html>`;
}
