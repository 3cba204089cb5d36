import "server-only";

import type { Change, ResourceRecordSet, RRType } from "@aws-sdk/client-route-53";

import { AwsError } from "../errors";
import { listRecordSetGroup } from "./apply-record-changes";
import { applyChangeBatch, getChangeStatus } from "./change-record-sets";

export interface WeightedSetRef {
  zoneId: string;
  name: string;
  type: string;
}

export interface WeightedSetReading {
  /** Weight per SetIdentifier. */
  weights: Record<string, number>;
  /** The group's TTL (undefined for alias records, whose TTL is the target's). */
  ttl?: number;
}

export interface WeightedSetWrite {
  /** The weights (and TTL) the caller believes the records carry: the DELETEs name exactly these. */
  expected: Record<string, number>;
  weights: Record<string, number>;
  expectedTtl?: number;
  ttl?: number;
}

async function weightedRecords(ref: WeightedSetRef): Promise<ResourceRecordSet[]> {
  const group = await listRecordSetGroup(ref.zoneId, ref.name, ref.type.toUpperCase() as RRType);
  return group.filter((record) => record.SetIdentifier !== undefined && record.Weight !== undefined);
}

/** Reads the weights and TTL of one weighted record group (one name and type). */
export async function readWeightedSet(ref: WeightedSetRef): Promise<WeightedSetReading> {
  const records = await weightedRecords(ref);
  const ttl = records.find((record) => record.TTL !== undefined)?.TTL;
  return {
    weights: Object.fromEntries(records.map((record) => [record.SetIdentifier ?? "", record.Weight ?? 0])),
    ...(ttl !== undefined ? { ttl } : {}),
  };
}

/**
 * The change batch for new weights (and TTL): per record that changes, a DELETE of exactly the expected record
 * and a CREATE of the new one. All of it is one atomic batch, so it is a compare-and-swap: if any record is not
 * what the caller expected, Route 53 refuses the whole batch with InvalidChangeBatch and nothing changes.
 */
export function weightedSetChanges(records: ResourceRecordSet[], write: WeightedSetWrite): Change[] {
  const bySetId = new Map(records.map((record) => [record.SetIdentifier ?? "", record]));
  const missing = Object.keys(write.weights).filter((id) => !bySetId.has(id));
  if (missing.length > 0) {
    throw new AwsError({
      kind: "not-found",
      code: "NoSuchWeightedRecord",
      message: `No weighted record ${missing.join(", ")} in this group.`,
    });
  }

  const changes: Change[] = [];
  for (const [id, record] of bySetId) {
    const hasTtl = record.TTL !== undefined && record.AliasTarget === undefined;
    const before: ResourceRecordSet = {
      ...record,
      Weight: write.expected[id] ?? 0,
      ...(hasTtl && write.expectedTtl !== undefined ? { TTL: write.expectedTtl } : {}),
    };
    const after: ResourceRecordSet = {
      ...record,
      Weight: write.weights[id] ?? write.expected[id] ?? 0,
      ...(hasTtl && write.ttl !== undefined ? { TTL: write.ttl } : {}),
    };
    if (before.Weight === after.Weight && before.TTL === after.TTL) continue;
    changes.push(
      { Action: "DELETE", ResourceRecordSet: before },
      { Action: "CREATE", ResourceRecordSet: after },
    );
  }
  return changes;
}

/** Writes new weights (and TTL) as one atomic DELETE-exact + CREATE batch; returns the change id to wait on. */
export async function writeWeightedSet(
  ref: WeightedSetRef,
  write: WeightedSetWrite,
): Promise<{ changeId?: string }> {
  const changes = weightedSetChanges(await weightedRecords(ref), write);
  if (changes.length === 0) return {};
  const batch = await applyChangeBatch(ref.zoneId, changes, "Routeboard rollout step");
  return { changeId: batch.changeId };
}

const POLL_MS = [0, 250, 500, 1000, 2000];

/** Polls GetChange until the change is INSYNC (every Route 53 name server has it); false on timeout. */
export async function waitForChangeInSync(
  changeId: string,
  timeoutMs: number,
  sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    await sleep(POLL_MS[Math.min(attempt, POLL_MS.length - 1)] ?? 2000);
    if ((await getChangeStatus(changeId)) === "INSYNC") return true;
    if (Date.now() >= deadline) return false;
  }
}
