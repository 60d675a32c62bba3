// Every export the dashboard offers. The column dictionary at /exports is built from this.
import { acceptancesExport } from "./definitions/acceptances";
import { auditExport } from "./definitions/audit";
import { baselinesExport } from "./definitions/baselines";
import { contractEventsExport } from "./definitions/contract-events";
import { contractsExport } from "./definitions/contracts";
import { decisionsExport } from "./definitions/decisions";
import { goLiveActualsExport } from "./definitions/go-live-actuals";
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
  "go-live-actuals": goLiveActualsExport,
  decisions: decisionsExport,
  problems: problemsExport,
  contracts: contractsExport,
  "contract-events": contractEventsExport,
  acceptances: acceptancesExport,
  payments: paymentsExport,
  baselines: baselinesExport,
  sources: sourcesExport,
  audit: auditExport,
};

export function findExport(name: string): ExportDefinition<unknown> | null {
  // own entries only: "constructor" is not an export
  return Object.hasOwn(EXPORTS, name) ? (EXPORTS as Record<string, ExportDefinition<unknown>>)[name]! : null;
}
