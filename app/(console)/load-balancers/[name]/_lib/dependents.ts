import "server-only";

import type { AlbDependents } from "@/lib/alb/dependents";
import type { LoadBalancerSummary } from "@/lib/alb/domain";
import { readAlbDependents } from "@/lib/alb-ops/dependents";

// Finding the records that point here lists every hosted zone in full. The page refreshes after each edit, and a
// refresh waits for its streamed cards, so the result is kept briefly: an edit's refresh then shows its new values at
// once. Writes that change the answer (an alias created here, a deletion) forget it, and the delete action reads
// afresh and refuses if what the operator reviewed changed meanwhile.
const MAX_AGE_MS = 20_000;
const entries = new Map<string, { at: number; value: Promise<AlbDependents> }>();

const keyOf = (region: string, arn: string) => `${region}|${arn}`;

/** The records pointing at the load balancer and the groups only it uses (read at most every 20 s). */
export function dependentsOf(region: string, lb: LoadBalancerSummary): Promise<AlbDependents> {
  const key = keyOf(region, lb.arn);
  const entry = entries.get(key);
  if (entry && Date.now() - entry.at < MAX_AGE_MS) return entry.value;
  const value = readAlbDependents(region, lb);
  entries.set(key, { at: Date.now(), value });
  value.catch(() => entries.delete(key));
  return value;
}

/** The records pointing at the load balancer, from the same read. */
export async function aliasRecordsOf(region: string, lb: LoadBalancerSummary) {
  return (await dependentsOf(region, lb)).aliasRecords;
}

/** Drops what was read for the load balancer, after a write that changes it. */
export function forgetDependents(region: string, loadBalancerArn: string): void {
  entries.delete(keyOf(region, loadBalancerArn));
}
