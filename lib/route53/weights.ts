import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import type { DesiredChange } from "./change-batch";
import { WEIGHT_MAX } from "./limits";
import { normalizeName } from "./names";

export interface WeightPlan {
  changes: DesiredChange[];
  /** Operator-facing problems (unknown set identifier on a name, weight out of range); no changes are planned then. */
  problems: string[];
}

/**
 * Replace changes (DELETE exact loaded + CREATE with the new weight) setting `weights[setIdentifier]` on the
 * weighted records of every name in `names`, e.g. blue 90 / green 10 across several names. Records already at
 * the target weight are left alone.
 */
export function planWeightChanges(
  records: readonly ResourceRecordSet[],
  weights: Readonly<Record<string, number>>,
  names: readonly string[],
): WeightPlan {
  const problems: string[] = [];
  for (const [id, weight] of Object.entries(weights)) {
    // API Reference, ResourceRecordSet › Weight: 0–255.
    if (!Number.isInteger(weight) || weight < 0 || weight > WEIGHT_MAX)
      problems.push(`The weight for "${id}" must be a whole number from 0 to ${WEIGHT_MAX}.`);
  }

  const changes: DesiredChange[] = [];
  for (const name of new Set(names.map(normalizeName))) {
    const weighted = records.filter((r) => normalizeName(r.Name ?? "") === name && r.Weight !== undefined);
    for (const id of Object.keys(weights)) {
      if (!weighted.some((r) => r.SetIdentifier === id))
        problems.push(`${name} has no weighted record with the ID "${id}".`);
    }
    for (const before of weighted) {
      const weight = before.SetIdentifier === undefined ? undefined : weights[before.SetIdentifier];
      if (weight === undefined || weight === before.Weight) continue;
      changes.push({ kind: "replace", before, after: { ...before, Weight: weight } });
    }
  }

  return problems.length > 0 ? { changes: [], problems } : { changes, problems };
}
