"use client";

import { type ComponentProps, useState } from "react";

import { Button } from "@/components/ui/button";

import type { CreateAliasFormFields as Form } from "./create-alias-form-fields";
import { CreateAliasFormFields } from "./lazy-flows";

/** What an alias record to the load balancer is, and "Create alias", which loads the form when opened. */
export function CreateAliasSummary(props: ComponentProps<typeof Form>) {
  const { loadBalancer } = props;
  const [isOpen, setIsOpen] = useState(false);

  if (isOpen) return <CreateAliasFormFields {...props} />;

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Points a name at this load balancer with an alias record (no charge for alias queries, follows the
        ALB&apos;s changing IP addresses). Target:{" "}
        <span className="font-mono text-xs">{loadBalancer.dnsName}</span> in hosted zone{" "}
        <span className="font-mono text-xs">{loadBalancer.canonicalHostedZoneId}</span>.
      </p>
      <Button variant="secondary" onClick={() => setIsOpen(true)}>
        Create alias
      </Button>
    </div>
  );
}
