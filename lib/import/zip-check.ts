// An .xlsx is a zip archive. Before ExcelJS inflates one, its central directory is read (headers only) and
// every entry inflated by Node's zlib with a ceiling on its output, so a zip bomb (a few kilobytes that
// inflate to gigabytes, or a directory that lies about its sizes) is refused having used at most the
// ceiling. Decompression itself is zlib's; only the zip's fixed headers are read here (APPNOTE 4.3).
import { inflateRawSync } from "node:zlib";
import { MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from "./limits";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export type ZipCheck = { ok: true; entries: number; unzippedBytes: number } | { ok: false; reason: string };

const NOT_A_WORKBOOK = "The file is not an Excel workbook (.xlsx) that can be read. Save it again from Excel as an Excel Workbook (.xlsx), or as CSV UTF-8.";

export function checkZip(bytes: Uint8Array, limits = { entries: MAX_ZIP_ENTRIES, unzippedBytes: MAX_UNZIPPED_BYTES }): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return { ok: false, reason: NOT_A_WORKBOOK };
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries === 0xffff || directoryOffset === 0xffffffff)
    return {
      ok: false,
      reason:
        "The workbook is a ZIP64 archive, which no spreadsheet of 10,000 rows needs. Save it again from Excel as an Excel Workbook (.xlsx), or as CSV UTF-8.",
    };
  if (entries > limits.entries)
    return { ok: false, reason: `The workbook holds ${entries.toLocaleString("en-GB")} files inside it; a spreadsheet has a few dozen. It was not opened.` };
  let at = directoryOffset;
  let declared = 0;
  let inflated = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { ok: false, reason: NOT_A_WORKBOOK };
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) return { ok: false, reason: "The workbook is encrypted (password-protected). Remove the password in Excel and upload it again." };
    declared += size;
    if (declared > limits.unzippedBytes) return tooBig(limits.unzippedBytes);
    if (localOffset + 30 > bytes.byteLength || view.getUint32(localOffset, true) !== LOCAL_HEADER) return { ok: false, reason: NOT_A_WORKBOOK };
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.byteLength) return { ok: false, reason: NOT_A_WORKBOOK };
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) {
      inflated += data.byteLength;
    } else if (method === 8) {
      // The ceiling is what is left of the budget, whatever the directory claims: a lying entry stops here.
      const left = limits.unzippedBytes - inflated;
      try {
        inflated += inflateRawSync(data, { maxOutputLength: Math.max(1, left) }).byteLength;
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return tooBig(limits.unzippedBytes);
        return { ok: false, reason: NOT_A_WORKBOOK };
      }
    } else {
      return { ok: false, reason: NOT_A_WORKBOOK };
    }
    if (inflated > limits.unzippedBytes) return tooBig(limits.unzippedBytes);
  }
  return { ok: true, entries, unzippedBytes: inflated };
}

function tooBig(limit: number): ZipCheck {
  return {
    ok: false,
    reason: `The workbook would take more than ${Math.round(limit / (1024 * 1024))} MB once unpacked, far more than 10,000 rows need, so it was not opened. Save the rows as CSV UTF-8, or in a new workbook, and upload that.`,
  };
}

/** The end-of-central-directory record: in the last 22 bytes, or up to 64 KB before them when the zip has a comment. */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
