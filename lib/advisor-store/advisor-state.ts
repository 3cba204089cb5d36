import { applyAcknowledgements } from "@/lib/advisor/scan";
import type { Acknowledgement, Finding } from "@/lib/advisor/types";
import { attentionCount } from "@/lib/advisor-view/findings-view";

import { acknowledgementStore } from "./index";
import { latestScan, scanNow } from "./latest-scan";

export interface AdvisorState {
  region: string;
  /** When the snapshot behind these findings was taken (ISO). */
  takenAt: string;
  /** Every finding of the scan, acknowledged or not. */
  findings: Finding[];
  open: Finding[];
  acknowledged: { finding: Finding; ack: Acknowledgement }[];
  /** Parts of the region the scan could not read (their rules stayed silent). */
  unread: { part: string; message: string }[];
}

async function stateOf(region: string, fresh: boolean, now: Date): Promise<AdvisorState> {
  const [scan, acks] = await Promise.all([
    fresh ? scanNow(region) : latestScan(region),
    acknowledgementStore().list(),
  ]);
  const { open, acknowledged } = applyAcknowledgements(scan.findings, acks, now);
  const { unread = [] } = scan.snapshot as { unread?: AdvisorState["unread"] };
  return { region, takenAt: scan.snapshot.takenAt, findings: scan.findings, open, acknowledged, unread };
}

/** The region scanned now, with the acknowledgements applied: what /advisor and its export show. */
export function scanAdvisor(region: string, now = new Date()): Promise<AdvisorState> {
  return stateOf(region, true, now);
}

/** The last scan of the region (scanned at most once a minute per process), for resource pages and the badge. */
export function latestAdvisor(region: string, now = new Date()): Promise<AdvisorState> {
  return stateOf(region, false, now);
}

/** Open critical and warning findings of the last scan: the navigation badge. */
export async function attentionCountOf(region: string): Promise<number> {
  return attentionCount((await latestAdvisor(region)).open);
}
