"use client";

import { useState } from "react";

import { useAction } from "@/components/actions/use-action";
import { useReview } from "@/components/review/use-review";
import { type ActionResult, idleResult, type ServerAction } from "@/lib/action-result";
import { recordSetDiffRows } from "@/lib/diff/record-sets";
import type { RecordChangeFormValues, RecordDeleteFormValues } from "@/lib/schemas/record-change";

import type { RecordChangeApplied, RecordChangePreview } from "./types";

export interface RecordChangeActions {
  previewAction: ServerAction<RecordChangeFormValues, RecordChangePreview>;
  applyAction: ServerAction<RecordChangeFormValues, RecordChangeApplied>;
  deleteAction?: ServerAction<RecordDeleteFormValues, RecordChangeApplied>;
}

const noDelete: ServerAction<RecordDeleteFormValues, RecordChangeApplied> = () => Promise.resolve(idleResult);

/**
 * The record editor's calls: preview → apply through the review kit, and delete beside it. `current` is the result
 * of whichever ran last (its message and field errors belong under the form); `preview` is set only while it still
 * describes the form as it is now (`payloadKey`), so an edit after a preview asks for a new one.
 */
export function useRecordChange(actions: RecordChangeActions, payloadKey: string) {
  const review = useReview<
    RecordChangeFormValues,
    RecordChangePreview,
    RecordChangeFormValues,
    RecordChangeApplied
  >({
    preview: actions.previewAction,
    apply: actions.applyAction,
    // Apply replaces the record the preview showed as "Now" (re-read then), not the one the page loaded.
    toApply: (draft, preview) =>
      preview.now ? { ...draft, before: preview.now as RecordChangeFormValues["before"] } : draft,
    rowsOf: (preview) => recordSetDiffRows(preview.diff),
  });
  const deletion = useAction(actions.deleteAction ?? noDelete);
  const [previewedKey, setPreviewedKey] = useState<string>();

  const current: ActionResult<unknown> =
    deletion.result.status !== "idle"
      ? deletion.result
      : review.applyResult.status !== "idle"
        ? review.applyResult
        : review.previewResult;
  const isPreviewFresh = review.stage === "reviewing" && previewedKey === payloadKey;
  const applied =
    review.applyResult.status === "success"
      ? { title: "Change submitted", result: review.applyResult }
      : deletion.result.status === "success"
        ? { title: "Record deleted", result: deletion.result }
        : undefined;

  return {
    current,
    preview: isPreviewFresh ? review.previewed : undefined,
    applied,
    isPreviewing: review.stage === "previewing",
    isApplying: review.stage === "applying",
    isDeleting: deletion.isPending,
    isPending: review.isPending || deletion.isPending,
    requestPreview: (payload: RecordChangeFormValues) => {
      deletion.reset();
      setPreviewedKey(payloadKey);
      review.requestPreview(payload);
    },
    apply: review.apply,
    remove: (payload: RecordDeleteFormValues) => {
      review.edit();
      deletion.run(payload);
    },
  };
}
