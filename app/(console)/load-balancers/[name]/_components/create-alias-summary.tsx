"use client";

import { type ComponentProps, useState } from "react";

import { Button } from "@/components/ui/button";

import { AliasTargetIntro } from "./alias-target-intro";
import type { CreateAliasFormFields as Form } from "./create-alias-form-fields";
import { CreateAliasFormFields } from "./lazy-flows";

/** What an alias record to the load balancer is, and "Create alias", which loads the form when opened. */
export function CreateAliasSummary(props: ComponentProps<typeof Form>) {
  const { loadBalancer } = props;
  const [isOpen, setIsOpen] = useState(false);

  if (isOpen) return <CreateAliasFormFields {...props} />;

  return (
    <div className="space-y-4">
      <AliasTargetIntro loadBalancer={loadBalancer} />
      <Button variant="secondary" onClick={() => setIsOpen(true)}>
        Create alias
      </Button>
    </div>
  );
}
