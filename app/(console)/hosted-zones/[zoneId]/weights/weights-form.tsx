"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import type { z } from "zod";

import { ReviewApplyPanel } from "@/components/review/review-apply-panel";
import { useReview } from "@/components/review/use-review";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { recordSetDiffRows } from "@/lib/diff/record-sets";
import type { bulkWeightsSchema } from "@/lib/schemas/zone-bulk";

import {
  applyWeightsAction,
  type BulkApplied,
  previewWeightsAction,
  type WeightsPreview,
} from "../bulk-actions";

type WeightsPayload = z.input<typeof bulkWeightsSchema>;

export interface WeightedName {
  name: string;
  types: string[];
  members: { setIdentifier: string; type: string; weight: number }[];
}

function share(weight: number, total: number): string {
  return total === 0 ? "equal split" : `${Math.round((weight / total) * 1000) / 10}%`;
}

/** Names and weights carried from a simulator draft: they only pre-fill the form. */
export interface WeightsDraft {
  selected: string[];
  weights: Record<string, string>;
  note?: string;
}

export function WeightsForm({
  zoneId,
  names,
  draft,
}: {
  zoneId: string;
  names: WeightedName[];
  draft?: WeightsDraft;
}) {
  const [selected, setSelected] = useState<string[]>(draft?.selected ?? []);
  const [weights, setWeights] = useState<Record<string, string>>(draft?.weights ?? {});
  const router = useRouter();
  const review = useReview<WeightsPayload, WeightsPreview, WeightsPayload, BulkApplied>({
    preview: previewWeightsAction,
    apply: applyWeightsAction,
    rowsOf: (preview) => recordSetDiffRows(preview.diff),
    // Apply re-plans from the records the preview read, so each DELETE matches them exactly.
    toApply: (draft, preview) => ({ ...draft, loaded: preview.loaded as WeightsPayload["loaded"] }),
    onApplied: () => router.refresh(),
  });

  // The set identifiers every chosen name has: a weight can only be set where all of them can take it.
  const sharedIds = useMemo(() => {
    const chosen = names.filter((entry) => selected.includes(entry.name));
    if (chosen.length === 0) return [];
    const idsOf = (entry: WeightedName) => [...new Set(entry.members.map((m) => m.setIdentifier))];
    return idsOf(chosen[0] as WeightedName).filter((id) =>
      chosen.every((entry) => idsOf(entry).includes(id)),
    );
  }, [names, selected]);

  const numericWeights = Object.fromEntries(
    sharedIds.filter((id) => (weights[id] ?? "") !== "").map((id) => [id, weights[id] ?? ""]),
  );
  const total = Object.values(numericWeights).reduce((sum, value) => sum + (Number(value) || 0), 0);

  const reset = review.edit;
  const toggle = (name: string) => {
    reset();
    setSelected((current) =>
      current.includes(name) ? current.filter((n) => n !== name) : [...current, name],
    );
  };
  const runPreview = () =>
    review.requestPreview({
      zoneId,
      names: selected,
      weights: numericWeights,
    });
  const errors = review.allFieldErrors;
  const batchCount = review.previewed?.batchCount ?? 0;

  return (
    <div className="space-y-6">
      {draft?.note && (
        <p role="note" className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {draft.note}
        </p>
      )}
      <Card title="1. Choose the names">
        <fieldset>
          <legend className="sr-only">Names with weighted records</legend>
          <ul className="divide-y divide-slate-100">
            {names.map((entry) => {
              const sum = entry.members.reduce((s, m) => s + m.weight, 0);
              return (
                <li key={entry.name} className="py-1.5">
                  <label className="flex flex-wrap items-center gap-3 text-sm">
                    <input
                      type="checkbox"
                      checked={selected.includes(entry.name)}
                      onChange={() => toggle(entry.name)}
                    />
                    <span className="font-medium">{entry.name}</span>
                    <span className="font-mono text-xs text-slate-500">{entry.types.join(", ")}</span>
                    <span className="text-xs text-slate-600">
                      {entry.members
                        .map((m) => `${m.setIdentifier} ${m.weight} (${share(m.weight, sum)})`)
                        .join(" · ")}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        {errors?.names && <p className="mt-2 text-xs font-medium text-red-700">{errors.names.join(" ")}</p>}
      </Card>

      <Card title="2. Set the weights">
        {selected.length === 0 ? (
          <p className="text-sm text-slate-600">Choose one or more names first.</p>
        ) : sharedIds.length === 0 ? (
          <p className="text-sm text-amber-800">
            The chosen names share no set identifier, so no weight can be set on all of them.
          </p>
        ) : (
          <div className="space-y-3">
            <div className="flex flex-wrap gap-4">
              {sharedIds.map((id) => (
                <TextField
                  key={id}
                  id={`weight-${id}`}
                  name={`weight-${id}`}
                  label={`Weight of “${id}”`}
                  inputMode="numeric"
                  className="w-40"
                  value={weights[id] ?? ""}
                  onChange={(event) => {
                    reset();
                    setWeights((current) => ({ ...current, [id]: event.target.value }));
                  }}
                  hint={
                    (weights[id] ?? "") === ""
                      ? "Empty: left as it is."
                      : `${share(Number(weights[id]) || 0, total)} of the weights you set`
                  }
                  errors={errors?.[`weights.${id}`]}
                />
              ))}
            </div>
            <p className="text-xs text-slate-500">
              0–255. A record with weight 0 gets traffic only when every non-zero record is unhealthy.
            </p>
            <Button
              onClick={runPreview}
              disabled={review.isPending || Object.keys(numericWeights).length === 0}
              variant={review.stage === "editing" ? "primary" : "secondary"}
            >
              Preview changes
            </Button>
          </div>
        )}
      </Card>

      <ReviewApplyPanel
        review={review}
        title="3. Review and apply"
        caption="Weight changes"
        applyLabel={(count) => `Apply ${count} weight changes`}
        note={
          <p className="text-sm text-slate-700">
            Each record is replaced exactly (delete the record as loaded + create it with the new weight), so
            if someone changed one since this preview, nothing is applied.{" "}
            {batchCount <= 1
              ? "All of it goes in one atomic change batch."
              : `It needs ${batchCount} change batches, applied one after another; each is atomic.`}
          </p>
        }
      />
    </div>
  );
}
