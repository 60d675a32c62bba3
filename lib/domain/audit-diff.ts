// An audit row's before and after as a person reads them: one line per field that changed, with its
// old value and its new one, in words. A created record has only new values, a deleted one only old
// values; a field the change did not touch is left out. Pure: the stored JSON in, text out.
import { formatIsoDate, formatPartialDate, PRECISIONS, type PartialDate } from "./dates";

export interface FieldChange {
  /** "Plan › planned on": the path to the field, each part in words */
  field: string;
  /** null: the field was not there before (a created record, or a field the change added) */
  before: string | null;
  /** null: the record was deleted */
  after: string | null;
}

/** What a missing or empty value reads as. */
export const NONE = "None";

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

const instant = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { timeZone: "Europe/London", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** One value in words: dates as dates, yes or no, lists joined; a missing value is "None". */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return NONE;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return Number.isFinite(value) ? value.toLocaleString("en-GB") : String(value);
  if (typeof value === "string") {
    if (ISO_DAY.test(value)) return formatIsoDate(value);
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return instant(value);
    return value;
  }
  if (isPartialDate(value)) return formatPartialDate(value);
  if (Array.isArray(value)) return value.length ? value.map(formatAuditValue).join(", ") : NONE;
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

const fieldOf = (path: string[]) => (path.length ? capitalise(path.map(fieldName).join(" › ")) : "Value");

/**
 * The changes between an audit row's before and after. A field in both with the same value is left
 * out; a field only after (a created record, or a record the change added, such as a go-live's new
 * plan) has no old value. A field only before has no new value when the record was deleted (no after);
 * when there is an after, it names what the change wrote, and a field it does not name was not touched
 * (a re-plan's before is the go-live as it stood, its after the plan it added): that field is left out,
 * never shown as removed. In the order the fields were stored, before's first.
 */
export function describeAuditChange(before: unknown, after: unknown): FieldChange[] {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  const old = hasBefore ? flatten(before) : new Map();
  const now = hasAfter ? flatten(after) : new Map();
  const keys = [...new Set([...old.keys(), ...now.keys()])];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const o = old.get(key);
    const n = now.get(key);
    if (o && !n && hasAfter) continue;
    if (o && n && JSON.stringify(o.value) === JSON.stringify(n.value)) continue;
    changes.push({
      field: fieldOf((o ?? n)!.path),
      before: o ? formatAuditValue(o.value) : null,
      after: n ? formatAuditValue(n.value) : null,
    });
  }
  return changes;
}
