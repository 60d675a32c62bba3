// An export fetched as a person's browser fetches it: /exports/<name>.<csv|xlsx> with its query, through the route the
// pages link to (app/exports/[file]/route.ts).
import { expect } from "vitest";

export async function fetchExport(request: Request): Promise<Response> {
  const { GET } = await import("@/app/exports/[file]/route");
  const file = decodeURIComponent(new URL(request.url).pathname.replace(/^\/exports\//, ""));
  return GET(request, { params: Promise.resolve({ file }) });
}

/** /exports/<file><query>, as whoever support/next-request's actAs made the caller. */
export const download = (file: string, query = "") => fetchExport(new Request(`http://localhost/exports/${file}${query}`));

/** A download refused for its query: 400, with a message that says what to fix. */
export async function expectRefused(file: string, query: string, message: string | RegExp) {
  const response = await download(file, query);
  expect(response.status, `${file}${query}`).toBe(400);
  expect(await response.text()).toMatch(message);
}
