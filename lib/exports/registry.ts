// Every export the dashboard offers. The column dictionary at /exports is built from this.
import { auditExport } from "./definitions/audit";
import { planHistoryExport } from "./definitions/plan-history";
import type { ExportDefinition } from "./types";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each export has its own filter type
export const EXPORTS: Record<string, ExportDefinition<any>> = {
  "plan-history": planHistoryExport,
  audit: auditExport,
};

export function findExport(name: string): ExportDefinition<unknown> | null {
  return (EXPORTS as Record<string, ExportDefinition<unknown>>)[name] ?? null;
}
