// Text that trips CSV writers and spreadsheets: quotes and commas, line breaks of every kind, formula
// prefixes, tabs, blanks, accents, a lone quote and PostgreSQL's COPY null marker. The exports must carry it
// cell for cell.
export const AWKWARD_TEXT = [
  `Queen Mary's "quoted", with commas`,
  "two\r\nlines",
  "bare\nline feed",
  "£4,676,000 at 2003-04 prices",
  "=SUM(A1:A9)",
  "+44 20",
  "@cmd",
  "-trailing",
  "\tTabbed",
  "\rreturn",
  " leading space",
  "trailing space ",
  "",
  "Ünïcödé — dash",
  `"`,
  "\\N",
];
