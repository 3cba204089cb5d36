import type { RecordSetDiff } from "@/lib/route53/diff";

/** What the preview action returns: the before/after diff and the batch plan (nothing sent). */
export interface RecordChangePreview {
  diff: RecordSetDiff[];
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
