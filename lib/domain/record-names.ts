// The records the audit trail and the board pack's corrections name, in words: "Barnet and Chase Farm
// Hospitals NHS Trust — Whole trust", not "GoLive 6". Pure: lib/data/record-names.ts reads the rows;
// this words them, and words a record that is no longer there.
import { fieldName } from "./audit-diff";
import { formatIsoDate } from "./dates";
import { TOLERANCE_KIND_LABEL, type ToleranceKind } from "./tolerance-kinds";

/** Each kind of record the audit trail holds (its `entity`), in words. Every one of them is read and named by its id. */
export const RECORD_KIND_WORDS = {
  GoLive: "Go-live",
  GoLivePlan: "Go-live plan",
  GoLiveActual: "Actual go-live",
  Acceptance: "Acceptance",
  Problem: "Problem",
  Trust: "Trust",
  Decision: "Decision",
  Source: "Source",
  User: "Account",
  UserVisit: "Visit",
  Invitation: "Invitation",
  ApiToken: "API token",
  Tolerance: "Tolerance",
  Baseline: "Baseline",
  IssuedPack: "Issued board pack",
  ImportBatch: "Spreadsheet import",
} as const;
export type RecordKind = keyof typeof RECORD_KIND_WORDS;

const isRecordKind = (entity: string): entity is RecordKind => Object.hasOwn(RECORD_KIND_WORDS, entity);

/** A kind of record in words: "Go-live" for "GoLive"; one this table does not know by its name split into words ("Pay run" for "PayRun"). */
export function recordKindInWords(entity: string): string {
  if (isRecordKind(entity)) return RECORD_KIND_WORDS[entity];
  const words = fieldName(entity);
  return words ? words[0]!.toUpperCase() + words.slice(1) : entity;
}

/** The key of a record's name in the map the data layer reads: "GoLive:6". */
export const recordKey = (entity: string, entityId: string) => `${entity}:${entityId}`;

/** A go-live by its trust and scope, as the board pack names it: "Kingston Hospital NHS Trust — Whole trust". */
export const goLiveInWords = (g: { scope: string; trust: { name: string } }) => `${g.trust.name} — ${g.scope}`;

/** A source by its publisher and title: "NHS London: Programme board minutes". */
export const sourceInWords = (s: { publisher: string; title: string }) => `${s.publisher}: ${s.title}`;

/** A person by name and email address: "Ada Lovelace (ada@example.nhs.uk)"; by the address alone when that is all there is. */
export function personInWords(p: { name: string; email: string }): string {
  const name = p.name.trim();
  return name && name !== p.email ? `${name} (${p.email})` : p.email;
}

/** A tolerance by its kind and what it covers: "A deadline to be live by: Kingston Hospital NHS Trust — Whole trust". */
export function toleranceInWords(t: { kind: ToleranceKind; goLive: { scope: string; trust: { name: string } } | null }): string {
  return `${TOLERANCE_KIND_LABEL[t.kind]}: ${t.goLive ? goLiveInWords(t.goLive) : "the whole programme"}`;
}

/** What each kind of record's name says beside the record itself (a plan by its go-live, a problem by its trust). */
export const RECORD_WORDS = {
  plan: (goLive: string) => `Plan for ${goLive}`,
  actual: (goLive: string) => `Actual go-live of ${goLive}`,
  acceptance: (goLive: string) => `Acceptance of ${goLive}`,
  problem: (trust: string) => `Problem at ${trust}`,
  apiToken: (name: string) => `API token “${name}”`,
  baseline: (name: string) => `Baseline “${name}”`,
  issuedPack: (meetingDate: string) => `Board pack for the meeting of ${formatIsoDate(meetingDate)}`,
  importBatch: (fileName: string) => `Spreadsheet import of ${fileName}`,
};

export interface RecordInWords {
  text: string;
  /** false: the record could not be named (it is no longer there, or the row does not say which) */
  found: boolean;
}

/**
 * The record an audit row names, in words, from the names read for the page (keyed by `recordKey`).
 * One that is no longer there says so: "Go-live 6 (no longer in the record)"; an id that is not a
 * number (an account's, a token's) means nothing to a reader and is left out.
 */
export function recordInWords(entity: string, entityId: string | null, names: ReadonlyMap<string, string>): RecordInWords {
  const kind = recordKindInWords(entity);
  if (!entityId) return { text: kind, found: false };
  const name = names.get(recordKey(entity, entityId));
  if (name) return { text: name, found: true };
  if (!isRecordKind(entity)) return { text: `${kind} ${entityId}`, found: false };
  return { text: `${kind}${/^\d+$/.test(entityId) ? ` ${entityId}` : ""} (no longer in the record)`, found: false };
}
