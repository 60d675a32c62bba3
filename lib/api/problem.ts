// Errors from /api/v1 as RFC 9457 problem details: a type that names the kind of problem (a page of
// /api/docs that explains it), a title, the status, and a detail that says what to fix.
export const PROBLEM_TYPES = {
  "bad-request": "The request's parameters are not right",
  "not-signed-in": "No valid API token or session",
  forbidden: "Your account may not read this",
  "not-found": "There is no such resource",
  "method-not-allowed": "This method is not allowed here",
  "too-many-requests": "Too many requests",
  "server-error": "The server could not answer",
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** What to do about each, for /api/docs. */
export const PROBLEM_HELP: Record<ProblemType, string> = {
  "bad-request": "Status 400. Fix each parameter invalid-params names (a date as YYYY-MM-DD, a trust by its slug, a parameter given once), then ask again.",
  "not-signed-in": "Status 401. Send a token that has not expired or been revoked (Authorization: Bearer rlt_…), or sign in.",
  forbidden: "Status 403. The token's owner does not have the role this collection needs: ask an admin if your work needs it.",
  "not-found": "Status 404. Check the address against the collections above.",
  "method-not-allowed": "Status 405. The API only reads: use GET.",
  "too-many-requests": "Status 429. Too many requests with tokens that do not work came from your address: wait the seconds Retry-After gives.",
  "server-error": "Status 500. Something failed on the server; nothing about it is sent. Try again, and tell the dashboard's team if it keeps happening.",
};

export interface InvalidParam {
  name: string;
  reason: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** RFC 9457 §3.1's example extension: each parameter that is wrong and why */
  "invalid-params"?: InvalidParam[];
}

/** The problem's `type`, a page of the API's documentation. */
export const problemTypeUri = (type: ProblemType) => `/api/docs#problem-${type}`;

export function problemBody(status: number, type: ProblemType, detail: string, extra: { instance?: string; invalidParams?: InvalidParam[] } = {}): ProblemBody {
  return {
    type: problemTypeUri(type),
    title: PROBLEM_TYPES[type],
    status,
    detail,
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.invalidParams && extra.invalidParams.length > 0 ? { "invalid-params": extra.invalidParams } : {}),
  };
}

export function problem(
  status: number,
  type: ProblemType,
  detail: string,
  extra: { instance?: string; invalidParams?: InvalidParam[]; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify(problemBody(status, type, detail, extra)), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...extra.headers },
  });
}
