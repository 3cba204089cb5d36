import "server-only";

import { describeTargetHealth } from "./target-groups";

export interface HealthCount {
  healthy: number;
  total: number;
}

/** Healthy and registered targets of one target group. */
export async function targetHealthCount(region: string, targetGroupArn: string): Promise<HealthCount> {
  const targets = await describeTargetHealth(region, targetGroupArn);
  return { healthy: targets.filter((target) => target.state === "healthy").length, total: targets.length };
}
