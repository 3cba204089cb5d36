"use client";

import { useState } from "react";

import { ReviewApplyPanel } from "@/components/review/review-apply-panel";
import {
  invalidDraft,
  localPreview,
  type ReviewPreview,
  reviewRows,
  useReview,
} from "@/components/review/use-review";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CheckboxField, FormMessage, SelectField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { messagesFor } from "@/lib/actions/field-errors";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/form-messages";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { networkView } from "@/lib/alb/edit/model";
import { diffViews } from "@/lib/diff/diff";
import type { DiffView } from "@/lib/diff/diff-row";
import type { SecurityGroupSummary, SubnetSummary } from "@/lib/aws/ec2/types";
import type { AvailabilityZoneSubnet } from "@/lib/alb/domain";
import { subnetsSchema } from "@/lib/schemas/load-balancer";

import { updateNetworkAction } from "../actions";
import { GroupError } from "./group-error";
import { useAlbReviewProps } from "./alb-review-props";

type NetworkPayload = {
  region: string;
  loadBalancerName: string;
  expected: DiffView;
  subnets: { subnetId: string; availabilityZone: string }[];
  securityGroupIds: string[];
};

/** The subnet and security-group changes against what was loaded, or what needs fixing first. */
function previewNetwork(draft: NetworkPayload): ActionResult<ReviewPreview> {
  const errors: Record<string, string[]> = {};
  const parsed = subnetsSchema.safeParse(draft.subnets);
  if (!parsed.success)
    for (const [key, messages] of Object.entries(fieldErrorsOf(parsed.error)))
      errors[key === "_form" ? "subnets" : `subnets.${key}`] = messages;
  if (draft.securityGroupIds.length === 0)
    errors.securityGroupIds = [
      "Choose at least one security group: it decides who may reach the load balancer.",
    ];
  if (draft.securityGroupIds.length > 5)
    errors.securityGroupIds = ["A load balancer can have at most 5 security groups."];
  if (Object.keys(errors).length) return invalidDraft(errors);
  const after = networkView({
    availabilityZones: draft.subnets.map((choice) => ({
      zoneName: choice.availabilityZone,
      subnetId: choice.subnetId,
    })),
    securityGroupIds: draft.securityGroupIds,
  });
  return reviewRows(diffViews(draft.expected, after));
}

export interface NetworkProps {
  region: string;
  loadBalancerName: string;
  availabilityZones: AvailabilityZoneSubnet[];
  securityGroupIds: string[];
  subnets: Pick<SubnetSummary, "id" | "availabilityZone" | "cidrBlock" | "name" | "isPublic">[];
  securityGroups: Pick<SecurityGroupSummary, "id" | "name" | "description">[];
}

/**
 * The subnets and security groups edit form and its review, loaded when it is opened (see lazy-flows.tsx); it starts
 * from what the page shows.
 */
export function NetworkForm({
  region,
  loadBalancerName,
  availabilityZones,
  securityGroupIds,
  subnets,
  securityGroups,
  onApplied,
  onClose,
}: NetworkProps & { onApplied: (message: string | undefined) => void; onClose: () => void }) {
  const zones = [...new Set(subnets.map((subnet) => subnet.availabilityZone))].sort();
  const reviewProps = useAlbReviewProps(onClose);
  const [byZone, setByZone] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      zones.map((zone) => [zone, availabilityZones.find((entry) => entry.zoneName === zone)?.subnetId ?? ""]),
    ),
  );
  const [groups, setGroups] = useState<string[]>(securityGroupIds);
  const review = useReview({
    preview: localPreview(previewNetwork),
    apply: updateNetworkAction,
    onApplied: (done) => onApplied(done.message),
  });
  const errors = review.allFieldErrors ?? {};
  const before = { availabilityZones, securityGroupIds };
  const chosen = Object.entries(byZone)
    .filter(([, subnetId]) => subnetId)
    .map(([availabilityZone, subnetId]) => ({ subnetId, availabilityZone }));

  if (!review.isEditing) {
    return <ReviewApplyPanel review={review} {...reviewProps} title="Review network changes" />;
  }

  return (
    <form
      aria-label="Edit subnets and security groups"
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        review.requestPreview({
          region,
          loadBalancerName,
          expected: networkView(before),
          subnets: chosen,
          securityGroupIds: groups,
        });
      }}
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">
          Subnets — one per Availability Zone, at least two zones
        </legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {zones.map((zone) => {
            const index = chosen.findIndex((choice) => choice.availabilityZone === zone);
            return (
              <SelectField
                key={zone}
                id={`subnet-${zone}`}
                label={`${zone} subnet`}
                value={byZone[zone] ?? ""}
                onChange={(event) => setByZone((current) => ({ ...current, [zone]: event.target.value }))}
                errors={index >= 0 ? messagesFor(errors, `subnets.${index}`) : undefined}
              >
                <option value="">Not used</option>
                {subnets
                  .filter((subnet) => subnet.availabilityZone === zone)
                  .map((subnet) => (
                    <option key={subnet.id} value={subnet.id}>
                      {subnet.name ?? subnet.id} · {subnet.cidrBlock} ·{" "}
                      {subnet.isPublic ? "public" : "private"}
                    </option>
                  ))}
              </SelectField>
            );
          })}
        </div>
        <GroupError messages={errors.subnets} />
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Security groups (1–5)</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {securityGroups.map((group) => (
            <CheckboxField
              key={group.id}
              id={`sg-${group.id}`}
              label={
                <span className="flex items-center gap-2">
                  {group.name} <Badge>{group.id}</Badge>
                </span>
              }
              hint={group.description}
              checked={groups.includes(group.id)}
              onChange={(event) =>
                setGroups((current) =>
                  event.target.checked ? [...current, group.id] : current.filter((id) => id !== group.id),
                )
              }
            />
          ))}
        </div>
        <GroupError messages={messagesFor(errors, "securityGroupIds")} />
      </fieldset>
      <FormMessage
        status={Object.keys(errors).length ? "error" : "idle"}
        message={Object.keys(errors).length ? INVALID_INPUT_MESSAGE : undefined}
      />
      <div className="flex gap-2">
        <Button type="submit">Review changes</Button>
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
