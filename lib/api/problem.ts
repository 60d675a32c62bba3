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

export function problem(status: number, type: ProblemType, detail: string, extra: { instance?: string; invalidParams?: InvalidParam[]; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(problemBody(status, type, detail, extra)), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...extra.headers },
  });
}
