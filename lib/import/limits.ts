// What an import accepts (docs/decisions/025). Every limit is checked before the work it guards.

/** The largest file read: a 10,000-row re-plan file as CSV is about 2 MB, as Excel about 1 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** A form post carrying a file: the file, plus room for the form's other fields and the multipart framing. */
export const MAX_IMPORT_POST_BYTES = MAX_FILE_BYTES + 64 * 1024;
/** Rows after the header. */
export const MAX_ROWS = 10_000;
/** An .xlsx is a zip: at most this many entries (a workbook has about a dozen) … */
export const MAX_ZIP_ENTRIES = 1_000;
/** … and at most this much once inflated, all entries together (a 10,000-row sheet is about 5 MB of XML). */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
/** A cell's text. */
export const MAX_CELL_CHARACTERS = 2_000;
/** How long a preview waits to be applied. */
export const PREVIEW_HOURS = 24;

export const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;
