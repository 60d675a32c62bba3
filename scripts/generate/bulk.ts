// Bulk loading through `pg` with COPY … FROM STDIN (pg-copy-streams): rows are encoded in COPY's text
// format here and streamed to the server in large chunks, so a million rows are one statement and
// the server uses its batched insert path. No Prisma, no per-row statements.
import { once } from "node:events";
import type pg from "pg";
import { from as copyFrom, type CopyStreamQuery } from "pg-copy-streams";

export interface Column {
  name: string;
  /** the column's PostgreSQL type, for the reader's benefit (COPY converts from text itself) */
  type: string;
}

export type Cell = string | number | boolean | null;

const CHUNK_CHARS = 256 * 1024;

/** One value in COPY's text format: \N for NULL; backslash, tab, newline and carriage return escaped. */
function encode(value: Cell): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")) : value;
}

export class BulkWriter {
  private stream: CopyStreamQuery | null = null;
  private done: Promise<unknown> | null = null;
  private failure: Error | null = null;
  private buffer = "";
  written = 0;

  constructor(
    private readonly client: pg.ClientBase,
    readonly table: string,
    private readonly spec: readonly Column[],
  ) {}

  private open(): CopyStreamQuery {
    if (this.stream) return this.stream;
    const names = this.spec.map((c) => `"${c.name}"`).join(", ");
    const stream = this.client.query(copyFrom(`COPY "${this.table}" (${names}) FROM STDIN`));
    stream.on("error", (error: Error) => {
      this.failure ??= error;
    });
    this.done = once(stream, "finish").catch(() => {});
    this.stream = stream;
    return stream;
  }

  /** Adds one row (values in the order of the columns); sends a chunk when enough has built up. */
  async add(row: readonly Cell[]): Promise<void> {
    if (row.length !== this.spec.length) throw new Error(`${this.table}: a row has ${row.length} values for ${this.spec.length} columns`);
    let line = encode(row[0]!);
    for (let i = 1; i < row.length; i++) line += "\t" + encode(row[i]!);
    this.buffer += line + "\n";
    this.written++;
    if (this.buffer.length >= CHUNK_CHARS) await this.send();
  }

  private async send(): Promise<void> {
    this.check();
    const stream = this.open();
    const chunk = this.buffer;
    this.buffer = "";
    if (!stream.write(chunk, "utf8")) {
      // once() rejects when the stream fails instead; the failure is reported by check().
      await once(stream, "drain").catch(() => {});
    }
    this.check();
  }

  private check() {
    if (this.failure) throw new Error(`copying into "${this.table}" failed: ${this.failure.message}`, { cause: this.failure });
  }

  /** Sends what is left and waits for the server to accept the rows; returns the number written. */
  async finish(): Promise<number> {
    if (this.buffer.length > 0) await this.send();
    if (!this.stream) return 0;
    this.stream.end();
    await this.done;
    this.check();
    return this.written;
  }
}

/** Writes a list of rows in one go. */
export async function insertAll(client: pg.ClientBase, table: string, spec: readonly Column[], rows: Iterable<readonly Cell[]>): Promise<number> {
  const writer = new BulkWriter(client, table, spec);
  for (const row of rows) await writer.add(row);
  return writer.finish();
}
