// An export fetched as a person's browser fetches it: /exports/<name>.<csv|xlsx> with its query, through the route the
// pages link to (app/exports/[file]/route.ts).
export async function fetchExport(request: Request): Promise<Response> {
  const { GET } = await import("@/app/exports/[file]/route");
  const file = decodeURIComponent(new URL(request.url).pathname.replace(/^\/exports\//, ""));
  return GET(request, { params: Promise.resolve({ file }) });
}
