// Every export the dashboard offers. The column dictionary at /exports is built from this.
import { auditExport } from "./definitions/audit";
import { contractEventsExport } from "./definitions/contract-events";
import { contractsExport } from "./definitions/contracts";
import { decisionsExport } from "./definitions/decisions";
import { paymentsExport } from "./definitions/payments";
import { planHistoryExport } from "./definitions/plan-history";
import { problemsExport } from "./definitions/problems";
import { sourcesExport } from "./definitions/sources";
import { trustsExport } from "./definitions/trusts";
import type { ExportDefinition } from "./types";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each export has its own filter type
export const EXPORTS: Record<string, ExportDefinition<any>> = {
  trusts: trustsExport,
  "plan-history": planHistoryExport,
  decisions: decisionsExport,
  problems: problemsExport,
  contracts: contractsExport,
  "contract-events": contractEventsExport,
  payments: paymentsExport,
  sources: sourcesExport,
  audit: auditExport,
};

export function findExport(name: string): ExportDefinition<unknown> | null {
  // own entries only: "constructor" is not an export
  return Object.hasOwn(EXPORTS, name) ? (EXPORTS as Record<string, ExportDefinition<unknown>>)[name]! : null;
}
