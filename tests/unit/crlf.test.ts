import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { crlfLineEnds } from "@/lib/exports/crlf";

async function through(pieces: readonly (string | Buffer)[]): Promise<string> {
  const transform = crlfLineEnds();
  const out: Buffer[] = [];
  transform.on("data", (b: Buffer) => out.push(b));
  const ended = new Promise((resolve) => transform.on("end", resolve));
  for (const piece of pieces) transform.write(Buffer.from(piece));
  transform.end();
  await ended;
  return Buffer.concat(out).toString();
}

/** A small deterministic generator, so that a failure can be run again. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("CRLF line ends for COPY's output", () => {
  it("ends records with CRLF, keeps a line break inside a quoted cell, and holds the quote state across pieces", async () => {
    expect(await through(['a,"b\nc', '""d"\n1,2', "\n"])).toBe('a,"b\nc""d"\r\n1,2\r\n');
  });

  it("gives what an RFC 4180 writer gives with CRLF, however the LF output is cut into pieces", async () => {
    const next = random(20090211);
    const alphabet = ['"', "\n", "\r", ",", "a", "£", " ", "'", "x"];
    for (let round = 0; round < 200; round++) {
      const rows = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
          Array.from({ length: Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(""),
        ),
      );
      // PostgreSQL quotes every cell holding a CR or an LF; so does this writer here.
      const options = { quoted_match: /[\r\n]/ };
      const bytes = Buffer.from(stringify(rows, { ...options, record_delimiter: "unix" }));
      const pieces: Buffer[] = []; // cut anywhere, even inside a character
      for (let at = 0; at < bytes.length;) {
        const size = 1 + Math.floor(next() * 7);
        pieces.push(bytes.subarray(at, at + size));
        at += size;
      }
      expect(await through(pieces)).toBe(stringify(rows, { ...options, record_delimiter: "windows" }));
    }
  });

  it("passes a large output on in pieces of about 64 KB rather than one per row", async () => {
    const transform = crlfLineEnds();
    const sizes: number[] = [];
    transform.on("data", (b: Buffer) => sizes.push(b.length));
    const ended = new Promise((resolve) => transform.on("end", resolve));
    for (let i = 0; i < 20_000; i++) transform.write(Buffer.from(`${i},row\n`));
    transform.end();
    await ended;
    expect(sizes.length).toBeLessThan(10);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(20_000 * 6);
  });
});
