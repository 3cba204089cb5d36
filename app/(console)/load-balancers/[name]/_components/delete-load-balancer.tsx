"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useApply } from "@/components/alb-edit/use-apply";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";

import { deleteLoadBalancerAction } from "../actions";

/** Delete the load balancer after typing its name; explained and refused while deletion protection is on. */
export function DeleteLoadBalancer({
  region,
  loadBalancerName,
  isProtected,
  listenerCount,
}: {
  region: string;
  loadBalancerName: string;
  isProtected: boolean;
  listenerCount: number;
}) {
  const router = useRouter();
  const [confirmName, setConfirmName] = useState("");
  const { isPending, result, apply } = useApply(deleteLoadBalancerAction);
  const confirmErrors = result.status === "error" ? result.fieldErrors?.confirmName : undefined;
  const isRefused = result.status === "error" && result.code === "DeletionProtectionEnabled";

  return (
    <form
      aria-label="Delete load balancer"
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        apply({ region, loadBalancerName, confirmName }, () => router.push("/load-balancers"));
      }}
    >
      <p className="text-sm text-slate-700">
        Deleting <span className="font-mono">{loadBalancerName}</span> removes its {listenerCount} listener{listenerCount === 1 ? "" : "s"} and their rules at once and stops all traffic
        through it. Target groups, certificates and DNS records stay; alias records pointing here will stop resolving.
      </p>
      {isProtected && !isRefused && (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
          Deletion protection is on, so AWS will refuse to delete this load balancer. Turn it off in the attributes first.
        </p>
      )}
      <TextField
        id="delete-confirm-name"
        label={`Type ${loadBalancerName} to confirm`}
        value={confirmName}
        autoComplete="off"
        onChange={(event) => setConfirmName(event.target.value)}
        errors={confirmErrors}
        className="max-w-sm"
      />
      <FormMessage status={result.status} message={result.status === "error" && !confirmErrors ? result.message : undefined} />
      <Button type="submit" variant="danger" disabled={isPending || confirmName.trim() !== loadBalancerName}>
        {isPending ? "Deleting…" : "Delete load balancer"}
      </Button>
    </form>
  );
}
