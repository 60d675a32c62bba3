// PostgreSQL's COPY writes CSV with LF line ends; the exports promise CRLF (RFC 4180, Excel).
import { Transform, type TransformCallback } from "node:stream";

const LF = 0x0a;
const QUOTE = 0x22;
const CRLF = Buffer.from("\r\n");

/** How much the COPY output is gathered before it is passed on: PostgreSQL sends one message per row. */
const CHUNK_BYTES = 64 * 1024;

/**
 * COPY ends each record with LF; Excel and RFC 4180 want CRLF. A line end inside a quoted cell is part
 * of the cell and is kept as it is (a doubled quote inside a cell toggles twice, so the state holds).
 * The rows are passed on in pieces of about 64 KB: one small write per row would cost more than the
 * query at a million rows.
 */
export function crlfLineEnds(highWaterMark = 16 * 1024): Transform {
  let quoted = false;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const hold = (piece: Buffer) => {
    pending.push(piece);
    pendingBytes += piece.length;
  };
  const take = () => {
    const out = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    return out;
  };
  return new Transform({
    highWaterMark,
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      // Buffer.indexOf is native: far quicker than a loop over every byte in JavaScript.
      let start = 0;
      let at = 0;
      let nextQuote = -2;
      for (;;) {
        if (nextQuote !== -1 && nextQuote < at) nextQuote = chunk.indexOf(QUOTE, at);
        if (quoted) {
          if (nextQuote === -1) break;
          quoted = false;
          at = nextQuote + 1;
          continue;
        }
        const nextLf = chunk.indexOf(LF, at);
        if (nextLf !== -1 && (nextQuote === -1 || nextLf < nextQuote)) {
          hold(chunk.subarray(start, nextLf));
          hold(CRLF);
          start = at = nextLf + 1;
        } else if (nextQuote !== -1) {
          quoted = true;
          at = nextQuote + 1;
        } else break;
      }
      if (start < chunk.length) hold(chunk.subarray(start));
      callback(null, pendingBytes >= CHUNK_BYTES ? take() : undefined);
    },
    flush(callback: TransformCallback) {
      callback(null, pendingBytes > 0 ? take() : undefined);
    },
  });
}
