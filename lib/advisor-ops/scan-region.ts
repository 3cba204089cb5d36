// PLACEHOLDER until the advisor-engine branch is merged (it owns this file): same signature, no rules.
import type { AdvisorSnapshot, Finding } from "@/lib/advisor/types";

export interface RegionScan {
  snapshot: AdvisorSnapshot;
  findings: Finding[];
}

export async function scanRegion(region: string): Promise<RegionScan> {
  const snapshot: AdvisorSnapshot = {
    region,
    takenAt: new Date().toISOString(),
    loadBalancers: [],
    targetGroups: [],
    certificates: [],
    securityGroups: [],
    zones: [],
    healthChecks: [],
  };
  return Promise.resolve({ snapshot, findings: [] });
}
