"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import type { AlbDependents } from "@/lib/alb/dependents";

import { DeleteLoadBalancer } from "./lazy-flows";

/**
 * What deleting the load balancer does, and "Delete…", which loads the deletion form (DeleteLoadBalancer: the
 * dependents to tick, the name to type, the review) when opened.
 */
export function DeleteLoadBalancerSummary(props: {
  region: string;
  loadBalancerName: string;
  isProtected: boolean;
  listenerCount: number;
  dependents?: AlbDependents;
}) {
  const { loadBalancerName, isProtected, listenerCount } = props;
  const [isOpen, setIsOpen] = useState(false);

  if (isOpen) return <DeleteLoadBalancer {...props} />;

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Deleting <span className="font-mono">{loadBalancerName}</span> removes its {listenerCount} listener
        {listenerCount === 1 ? "" : "s"} and their rules at once and stops all traffic through it.
        Certificates stay. What else goes with it is your choice below; nothing is sent before you review it.
      </p>
      {isProtected && (
        <p
          role="note"
          className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset"
        >
          Deletion protection is on, so AWS will refuse to delete this load balancer. Turn it off in the
          attributes first.
        </p>
      )}
      <Button variant="danger" onClick={() => setIsOpen(true)}>
        Delete…
      </Button>
    </div>
  );
}
