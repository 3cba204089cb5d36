"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { ReviewApplyPanel } from "@/components/review/review-apply-panel";
import { localPreview, reviewRows, useReview } from "@/components/review/use-review";
import { Button } from "@/components/ui/button";
import { CheckboxField, FormMessage, TextField } from "@/components/ui/field";
import {
  type AlbDependents,
  aliasRecordKey,
  aliasRecordLabel,
  DEPENDENT_RULES,
  dependentsView,
} from "@/lib/alb/dependents";
import { diffViews } from "@/lib/diff/diff";

import { deleteLoadBalancerAction } from "../actions";
import { useAlbReviewProps } from "./alb-review-props";

const none: AlbDependents = { aliasRecords: [], targetGroups: [], securityGroups: [] };

interface Chosen {
  aliasRecordKeys: string[];
  targetGroupArns: string[];
  securityGroupIds: string[];
}

type DeletionPayload = {
  region: string;
  loadBalancerName: string;
  confirmName: string;
  remove: Chosen;
  expected?: ReturnType<typeof dependentsView>;
};

const toggle = (list: string[], item: string, on: boolean) =>
  on ? [...new Set([...list, item])] : list.filter((other) => other !== item);

/** Before → after of the deletion: the load balancer goes, and of its dependents exactly the ticked ones. */
function deletionChanges(loadBalancerName: string, dependents: AlbDependents, chosen: Chosen) {
  const before = { "Load balancer": loadBalancerName, ...dependentsView(dependents) };
  const after = dependentsView({
    aliasRecords: dependents.aliasRecords.filter(
      (record) => !chosen.aliasRecordKeys.includes(aliasRecordKey(record)),
    ),
    targetGroups: dependents.targetGroups.filter((group) => !chosen.targetGroupArns.includes(group.arn)),
    securityGroups: dependents.securityGroups.filter((group) => !chosen.securityGroupIds.includes(group.id)),
  });
  return diffViews(before, after, { includeUnchanged: true }).filter(
    (change) =>
      change.label === "Load balancer" || (Array.isArray(change.before) && change.before.length > 0),
  );
}

/**
 * Delete the load balancer after typing its name, and with it, if ticked, the records that would dangle and the
 * groups only it uses; reviewed before anything is sent. Refused while deletion protection is on.
 */
export function DeleteLoadBalancer({
  region,
  loadBalancerName,
  isProtected,
  listenerCount,
  dependents,
}: {
  region: string;
  loadBalancerName: string;
  isProtected: boolean;
  listenerCount: number;
  /** Undefined when they could not be read: the load balancer can still be deleted on its own. */
  dependents?: AlbDependents;
}) {
  const router = useRouter();
  const [confirmName, setConfirmName] = useState("");
  const [chosen, setChosen] = useState<Chosen>({
    aliasRecordKeys: [],
    targetGroupArns: [],
    securityGroupIds: [],
  });
  const review = useReview({
    preview: localPreview((draft: DeletionPayload) =>
      reviewRows(deletionChanges(loadBalancerName, dependents ?? none, draft.remove)),
    ),
    apply: deleteLoadBalancerAction,
    keepUnchanged: true,
    onApplied: () => router.push("/load-balancers"),
  });
  const result = review.applyResult;
  const confirmErrors = result.status === "error" ? result.fieldErrors?.confirmName : undefined;
  const isRefused = result.status === "error" && result.code === "DeletionProtectionEnabled";
  const reset = review.edit;
  const reviewProps = useAlbReviewProps(reset);
  const shown = dependents ?? none;
  const dangling = shown.aliasRecords.filter(
    (record) => !chosen.aliasRecordKeys.includes(aliasRecordKey(record)),
  );

  const edit = (patch: Partial<Chosen>) => {
    reset();
    setChosen({ ...chosen, ...patch });
  };

  return (
    <form
      aria-label="Delete load balancer"
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        review.requestPreview({
          region,
          loadBalancerName,
          confirmName,
          remove: chosen,
          ...(dependents ? { expected: dependentsView(dependents) } : {}),
        });
      }}
    >
      <p className="text-sm text-slate-700">
        Deleting <span className="font-mono">{loadBalancerName}</span> removes its {listenerCount} listener
        {listenerCount === 1 ? "" : "s"} and their rules at once and stops all traffic through it.
        Certificates stay. What else goes with it is your choice below; nothing is sent before you review it.
      </p>
      {isProtected && !isRefused && (
        <p
          role="note"
          className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset"
        >
          Deletion protection is on, so AWS will refuse to delete this load balancer. Turn it off in the
          attributes first.
        </p>
      )}
      {!dependents && (
        <p role="note" className="text-sm text-amber-900">
          Could not read the DNS records and groups that go with it: only the load balancer itself can be
          deleted here.
        </p>
      )}

      {shown.aliasRecords.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-800">DNS records pointing here</legend>
          <p className="text-xs text-slate-600">
            {DEPENDENT_RULES.aliasRecords} Any you keep will dangle: they stop resolving once the load
            balancer is gone.
          </p>
          {shown.aliasRecords.map((record) => {
            const key = aliasRecordKey(record);
            return (
              <CheckboxField
                key={key}
                id={`delete-record-${key}`}
                label={`Also delete ${aliasRecordLabel(record)}`}
                checked={chosen.aliasRecordKeys.includes(key)}
                onChange={(event) =>
                  edit({ aliasRecordKeys: toggle(chosen.aliasRecordKeys, key, event.target.checked) })
                }
              />
            );
          })}
          {dangling.length > 0 && (
            <p role="note" className="text-sm text-amber-900">
              Will dangle: {dangling.map(aliasRecordLabel).join(", ")}.
            </p>
          )}
        </fieldset>
      )}
      {shown.targetGroups.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-800">Target groups only it uses</legend>
          <p className="text-xs text-slate-600">
            {DEPENDENT_RULES.targetGroups} Their registered targets are not touched.
          </p>
          {shown.targetGroups.map((group) => (
            <CheckboxField
              key={group.arn}
              id={`delete-tg-${group.name}`}
              label={`Also delete target group ${group.name}`}
              checked={chosen.targetGroupArns.includes(group.arn)}
              onChange={(event) =>
                edit({ targetGroupArns: toggle(chosen.targetGroupArns, group.arn, event.target.checked) })
              }
            />
          ))}
        </fieldset>
      )}
      {shown.securityGroups.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-800">Security groups only it uses</legend>
          <p className="text-xs text-slate-600">{DEPENDENT_RULES.securityGroups}</p>
          {shown.securityGroups.map((group) => (
            <CheckboxField
              key={group.id}
              id={`delete-sg-${group.id}`}
              label={`Also delete security group ${group.name} (${group.id})`}
              checked={chosen.securityGroupIds.includes(group.id)}
              onChange={(event) =>
                edit({ securityGroupIds: toggle(chosen.securityGroupIds, group.id, event.target.checked) })
              }
            />
          ))}
        </fieldset>
      )}

      <TextField
        id="delete-confirm-name"
        label={`Type ${loadBalancerName} to confirm`}
        value={confirmName}
        autoComplete="off"
        onChange={(event) => {
          reset();
          setConfirmName(event.target.value);
        }}
        errors={confirmErrors}
        className="max-w-sm"
      />
      {/* Refused for deletion protection: back to the form, the refusal said under it, so a retry starts afresh. */}
      {!review.isEditing && !isRefused ? (
        <ReviewApplyPanel
          review={review}
          {...reviewProps}
          title={`Delete ${loadBalancerName}`}
          tone="danger"
          applyLabel={() => "Delete load balancer"}
          note={
            <p className="text-xs text-slate-600">
              Records go first (and are put back if the load balancer cannot be deleted); target and security
              groups go once the load balancer is gone.
            </p>
          }
          onBack={reset}
        />
      ) : (
        <>
          <FormMessage
            status={result.status}
            message={
              (result.status === "error" && !confirmErrors) || result.status === "partial"
                ? result.message
                : undefined
            }
          />
          <Button type="submit" variant="danger" disabled={confirmName.trim() !== loadBalancerName}>
            Review deletion
          </Button>
        </>
      )}
    </form>
  );
}
