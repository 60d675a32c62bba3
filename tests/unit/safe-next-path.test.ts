import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/validation/auth";

describe("where sign-in goes next", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeNextPath("/trusts/kingston?asOf=2009-02-11")).toBe("/trusts/kingston?asOf=2009-02-11");
    expect(safeNextPath("/board/pack#sources")).toBe("/board/pack#sources");
  });

  it.each([
    ["protocol-relative", "//evil.example/"],
    ["backslash", "/\\evil.example"],
    ["tab that browsers drop", "/\t/evil.example"],
    ["newline that browsers drop", "/\n/evil.example"],
    ["carriage return and newline", "/\r\n/evil.example"],
    ["absolute address", "https://evil.example/"],
    ["scheme", "javascript:alert(1)"],
    ["relative", "trusts"],
    ["empty", ""],
  ])("sends a %s address to the overview", (_name, next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it("sends a repeated or missing parameter to the overview", () => {
    expect(safeNextPath(["/a", "/b"])).toBe("/");
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });

  it("percent-encodes characters that cannot stand in a Location header, so redirecting never fails", () => {
    expect(safeNextPath("/tr\0usts")).toBe("/tr%00usts");
    expect(safeNextPath("/a\u3000b")).toBe("/a%E3%80%80b");
    expect(safeNextPath("/a\r\nb")).toBe("/ab");
    for (const next of ["/\0", "/\u3000", "/\r\n", "/a\u0085b"]) expect(safeNextPath(next)).toMatch(/^\/[\x21-\x7e]*$/);
  });

  it("refuses an absurdly long path", () => {
    expect(safeNextPath(`/${"a".repeat(5000)}`)).toBe("/");
  });
});
