import "server-only";

import { runAdvisor } from "@/lib/advisor/scan";
import type { AdvisorSnapshot, Finding } from "@/lib/advisor/types";

import { gatherAdvisorSnapshot, type GatherOptions } from "./gather-snapshot";

export interface RegionScan {
  snapshot: AdvisorSnapshot;
  /** Every finding, worst first (acknowledgements not applied: see applyAcknowledgements). */
  findings: Finding[];
}

/** Gathers the Region's snapshot and runs every rule: what the /advisor page, `npm run advise` and the ALB page share. */
export async function scanRegion(region: string, options: GatherOptions = {}): Promise<RegionScan> {
  const snapshot = await gatherAdvisorSnapshot(region, options);
  return { snapshot, findings: runAdvisor(snapshot) };
}
