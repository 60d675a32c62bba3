import { describe, expect, it } from "vitest";
import { MAX_POST_BYTES, refusePost } from "@/lib/server/post-guard";

const post = (over: Partial<Parameters<typeof refusePost>[0]> = {}) =>
  refusePost({ method: "POST", contentLength: "1200", origin: "http://localhost:3000", host: "localhost:3000", allowedOrigins: [], ...over });

describe("form posts refused before Next.js reads them", () => {
  it("lets a same-origin post of a normal size through, and never looks at other methods", () => {
    expect(post()).toBeNull();
    expect(post({ origin: null })).toBeNull();
    expect(refusePost({ method: "GET", contentLength: "99999999", origin: "https://evil.example", host: "localhost:3000", allowedOrigins: [] })).toBeNull();
  });

  it("refuses a body over 1 MB with 413 and words that say what to do", () => {
    expect(post({ contentLength: String(MAX_POST_BYTES) })).toBeNull();
    const refusal = post({ contentLength: String(2 * 1024 * 1024) });
    expect(refusal?.status).toBe(413);
    expect(refusal?.message).toMatch(/shorten what you typed/);
    expect(post({ contentLength: "lots" })?.status).toBe(413);
  });

  it("refuses a post from another site with 403, and accepts the service's own address behind a proxy", () => {
    expect(post({ origin: "https://evil.example" })?.status).toBe(403);
    expect(post({ origin: "null" })?.status).toBe(403);
    expect(post({ origin: "http://localhost:3000.evil.example" })?.status).toBe(403);
    expect(post({ origin: "https://rollout.nhs.uk", host: "10.0.0.5:3000", allowedOrigins: ["https://rollout.nhs.uk"] })).toBeNull();
  });
});

describe("the spreadsheet import's upload", () => {
  const upload = (contentLength: string, pathname = "/import") =>
    refusePost({ method: "POST", pathname, contentLength, origin: null, host: "localhost:3000", allowedOrigins: [] });
  it("takes a 10 MB file at /import only", () => {
    expect(upload(String(10 * 1024 * 1024 + 10_000))).toBeNull();
    expect(upload(String(10 * 1024 * 1024 + 10_000), "/import/0123")?.status).toBe(413);
  });
  it("refuses 50 MB with a page that says why and that nothing was saved", () => {
    expect(upload(String(50 * 1024 * 1024))).toEqual({
      status: 413,
      title: "The file is too large",
      message: expect.stringMatching(/Files up to 10 MB can be imported, and nothing was read or saved/),
    });
  });
});
