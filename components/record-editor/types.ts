import type { ResourceRecordSet } from "@/lib/records-view/types";
import type { RecordSetDiff } from "@/lib/route53/diff";

/** What the preview action returns: the diff from the record as re-read now, and the batch plan (nothing sent). */
export interface RecordChangePreview {
  diff: RecordSetDiff[];
  /** The edited record as it is in Route 53 at preview time: Apply replaces exactly this. Undefined for a create. */
  now?: ResourceRecordSet;
  /** The record changed in Route 53 since the page loaded it (the preview's "Now" shows the new values). */
  isChangedSinceLoaded: boolean;
  batchCount: number;
  awsCalls: number;
  batchSummaries: string[][];
}

/** What the apply and delete actions return: one Route 53 change per batch. */
export interface RecordChangeApplied {
  changeIds: string[];
  statuses: string[];
}

export interface AliasTargetOption {
  label: string;
  dnsName: string;
  hostedZoneId: string;
}

export interface HealthCheckOption {
  id: string;
  label: string;
}
