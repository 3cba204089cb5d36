"use client";

import { useState } from "react";

import { AppliedMessage } from "@/components/review/applied-message";
import { Button } from "@/components/ui/button";

import { NetworkForm } from "./lazy-flows";
import type { NetworkProps } from "./network-form";

/**
 * Subnets (one per Availability Zone, at least two zones) and security groups, and "Edit subnets and security
 * groups", which loads the form (NetworkForm) when opened.
 */
export function NetworkEditor({
  canChange,
  ...network
}: NetworkProps & {
  /** Without "change-load-balancers" the subnets and groups are shown without the Edit button. */
  canChange: boolean;
}) {
  const { availabilityZones, securityGroupIds } = network;
  const [isOpen, setIsOpen] = useState(false);
  const [applied, setApplied] = useState<string>();

  if (isOpen) {
    return (
      <NetworkForm
        {...network}
        onApplied={(message) => {
          setApplied(message);
          setIsOpen(false);
        }}
        onClose={() => setIsOpen(false)}
      />
    );
  }

  return (
    <div className="space-y-3">
      <ul className="space-y-1 text-sm">
        {availabilityZones.map((zone) => (
          <li key={zone.subnetId} className="flex items-center gap-2">
            <span className="w-24 text-slate-500">{zone.zoneName}</span>
            <span className="font-mono text-xs">{zone.subnetId}</span>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        <span className="text-slate-500">Security groups: </span>
        <span className="font-mono text-xs">{securityGroupIds.join(", ") || "—"}</span>
      </p>
      {availabilityZones.length < 2 && (
        <p className="text-sm text-amber-800">
          Only one Availability Zone: an Application Load Balancer needs two to survive a zone failure.
        </p>
      )}
      <AppliedMessage message={applied} />
      {canChange && (
        <Button
          variant="secondary"
          onClick={() => {
            setApplied(undefined);
            setIsOpen(true);
          }}
        >
          Edit subnets and security groups
        </Button>
      )}
    </div>
  );
}
