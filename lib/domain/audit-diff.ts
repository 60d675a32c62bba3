// An audit row's before and after as a person reads them: one line per field that changed, with its
// old value and its new one, in words. A created record has only new values, a deleted one only old
// values; a field the change did not touch is left out. Pure: the stored JSON in, text out.
import { ROLE_LABEL } from "./roles";
import { CERTAINTY_LABEL } from "./certainty";
import { formatIsoDate, formatPartialDate, formatRecordedAt, PRECISIONS, type PartialDate } from "./dates";
import { DECISION_KIND_LABEL } from "./decision-words";
import { MAKER_KIND_LABEL } from "./makers";
import { TOLERANCE_KIND_LABEL } from "./tolerance-kinds";

export interface FieldChange {
  /** "Plan › planned on": the path to the field, each part in words */
  field: string;
  /** null: the field was not there before (a created record, or a field the change added) */
  before: string | null;
  /** null: the record was deleted */
  after: string | null;
}

/** What a missing or empty value reads as: the change gave none. */
export const NONE = "Not given";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** "plannedOn" → "planned on", "goLiveId" → "go-live id": a stored field name in words. */
export function fieldName(key: string): string {
  const words = key
    .replace(/goLive/g, "go-live ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  return words
    .replace(/\bid\b/g, "ID")
    .replace(/\burl\b/g, "URL")
    .replace(/\bsha256\b/g, "SHA-256");
}

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

function isPartialDate(v: unknown): v is PartialDate {
  if (!v || typeof v !== "object" || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  const o = v as Record<string, unknown>;
  return keys.length === 2 && typeof o.date === "string" && ISO_DAY.test(o.date) && (PRECISIONS as readonly unknown[]).includes(o.precision);
}

/**
 * A stored enumeration value in the words the pages use for it: "Uncertain", not "UNCERTAIN". Only in the
 * fields that hold one (ENUM_FIELD): text a person typed is shown as typed.
 */
const ENUM_FIELD = /^(certainty|kind|madeByKind|scope|roles|precision|[a-z]+Precision)$/;
const ENUM_WORDS: Record<string, string> = {
  ...CERTAINTY_LABEL,
  ...DECISION_KIND_LABEL,
  ...MAKER_KIND_LABEL,
  ...TOLERANCE_KIND_LABEL,
  ...ROLE_LABEL,
  ALL_LONDON: "All London trusts in the rollout",
  NAMED_TRUSTS: "Named trusts",
  DAY: "Day",
  MONTH: "Month",
  QUARTER: "Quarter",
  YEAR: "Year",
};

/** What the audit rows name by number, by their words: the sources' titles, keyed by id. */
export interface AuditNames {
  sources?: Readonly<Record<string, string>>;
}

/** One value in words: dates as dates, yes or no, lists joined, an enumeration's value by its words; a missing value is "Not given". */
export function formatAuditValue(value: unknown, key = ""): string {
  if (value === null || value === undefined || value === "") return NONE;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return Number.isFinite(value) ? value.toLocaleString("en-GB") : String(value);
  if (typeof value === "string") {
    if (ISO_DAY.test(value)) return formatIsoDate(value);
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatRecordedAt(value);
    return (ENUM_FIELD.test(key) && ENUM_WORDS[value]) || value;
  }
  if (isPartialDate(value)) return formatPartialDate(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => formatAuditValue(v, key)).join(", ") : NONE;
  return JSON.stringify(value);
}

/**
 * A day stored beside its precision ({ plannedOn, plannedPrecision } or { wentLiveOn, precision }) is one
 * date with that precision: "April 2009", not "1 April 2009" and "MONTH".
 */
function withPrecisions(o: Record<string, unknown>): [string, unknown][] {
  const used = new Set<string>();
  const entries: [string, unknown][] = [];
  for (const [k, v] of Object.entries(o)) {
    if (used.has(k)) continue;
    const precisionKey = [`${k.replace(/On$/, "")}Precision`, "precision"].find((p) => p in o && p !== k);
    if (/On$/.test(k) && typeof v === "string" && ISO_DAY.test(v) && precisionKey && (PRECISIONS as readonly unknown[]).includes(o[precisionKey])) {
      used.add(precisionKey);
      entries.push([k, { date: v, precision: o[precisionKey] }]);
    } else entries.push([k, v]);
  }
  return entries.filter(([k]) => !used.has(k));
}

/** The fields of a stored value, nested objects flattened into paths; a plain value is one field with no name. */
function flatten(value: unknown, path: string[] = [], into = new Map<string, { path: string[]; value: unknown }>()) {
  if (value && typeof value === "object" && !Array.isArray(value) && !isPartialDate(value) && Object.keys(value).length > 0) {
    for (const [k, v] of withPrecisions(value as Record<string, unknown>)) flatten(v, [...path, k], into);
  } else {
    into.set(JSON.stringify(path), { path, value });
  }
  return into;
}

/** Sources named by their ids are shown by their titles: "Source", not "Source ID". */
const SOURCE_FIELDS: Record<string, string> = { sourceId: "source", sourceIds: "sources" };

const fieldOf = (path: string[]) => (path.length ? capitalise(path.map((k) => SOURCE_FIELDS[k] ?? fieldName(k)).join(" › ")) : "Value");

function valueOf({ path, value }: { path: string[]; value: unknown }, names: AuditNames): string {
  const key = path.at(-1) ?? "";
  const sourceTitle = (id: unknown) => names.sources?.[String(id)] ?? formatAuditValue(id);
  if (key in SOURCE_FIELDS && value !== null && value !== undefined)
    return Array.isArray(value) ? value.map(sourceTitle).join("; ") || NONE : sourceTitle(value);
  return formatAuditValue(value, key);
}

/**
 * The order the forms ask for a record's fields: who or what, its dates, why, who made it, how certain, its sources. The
 * database keeps a change's fields in an order of its own (PostgreSQL's jsonb sorts keys by length), so a change
 * is read back in this one; a field not listed comes after these, in the order it was stored.
 */
const FIELD_ORDER = [
  "name",
  "email",
  "roles",
  "key",
  "title",
  "kind",
  "body",
  "scope",
  "trustIds",
  "liftsId",
  "plannedOn",
  "plannedLabel",
  "wentLiveOn",
  "acceptedOn",
  "reportedOn",
  "decidedOn",
  "announcedOn",
  "announcedAsTyped",
  "knownOn",
  "knownAsTyped",
  "description",
  "reason",
  "rationale",
  "note",
  "overrideReason",
  "madeBy",
  "madeByKind",
  "certainty",
  "certaintyNote",
  "sourceId",
  "sourceIds",
  "sequence",
];
const RANK = new Map(FIELD_ORDER.map((key, rank) => [key, rank]));
const rankOf = (key: string) => RANK.get(key) ?? FIELD_ORDER.length;

/** A record's own database id says nothing to a reader: the row already names the record it changed. */
const isOwnId = (path: string[]) => path.at(-1) === "id";

/**
 * The changes between an audit row's before and after. A field in both with the same value is left
 * out; a field only after (a created record, or a record the change added, such as a go-live's new
 * plan) has no old value. A field only before has no new value when the record was deleted (no after);
 * when there is an after, it names what the change wrote, and a field it does not name was not touched
 * (a re-plan's before is the go-live as it stood, its after the plan it added): that field is left out,
 * never shown as removed. A record's own id is left out, and a source is named by its title (`names`).
 * Each record's fields in the order the forms ask for them (FIELD_ORDER), then any other in the order stored.
 */
export function describeAuditChange(before: unknown, after: unknown, names: AuditNames = {}): FieldChange[] {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  const old = hasBefore ? flatten(before) : new Map();
  const now = hasAfter ? flatten(after) : new Map();
  const stored = [...new Set([...old.keys(), ...now.keys()])];
  // each record's fields together (a plan's under "Plan"), in the order the records were stored, and in each the forms' order
  const parentOf = (key: string) => JSON.stringify((old.get(key) ?? now.get(key))!.path.slice(0, -1));
  const parents = [...new Set(stored.map(parentOf))];
  const keys = stored
    .map((key, index) => ({ key, index, parent: parents.indexOf(parentOf(key)), rank: rankOf((old.get(key) ?? now.get(key))!.path.at(-1) ?? "") }))
    .sort((a, b) => a.parent - b.parent || a.rank - b.rank || a.index - b.index)
    .map((k) => k.key);
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const o = old.get(key);
    const n = now.get(key);
    if (o && !n && hasAfter) continue;
    if (isOwnId((o ?? n)!.path)) continue;
    if (o && n && JSON.stringify(o.value) === JSON.stringify(n.value)) continue;
    changes.push({
      field: fieldOf((o ?? n)!.path),
      before: o ? valueOf(o, names) : null,
      after: n ? valueOf(n, names) : null,
    });
  }
  return changes;
}
