"use client";

import type { RefObject } from "react";

import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CreateOutcome } from "@/lib/alb/create-flow/wizard-types";

/** Success with links to the new ALB, or the failed step, why, what was rolled back and what was left behind. */
export function CreateResult({
  outcome,
  headingRef,
  onBack,
}: {
  outcome: CreateOutcome;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
}) {
  if (outcome.status === "created") {
    const href = `/load-balancers/${encodeURIComponent(outcome.name)}`;
    return (
      <Card className="border-emerald-300">
        <div role="status" className="space-y-3">
          <h2
            ref={headingRef}
            tabIndex={-1}
            className="text-lg font-semibold text-emerald-900 focus:outline-none"
          >
            Load balancer {outcome.name} created
          </h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
            <dt className="text-slate-500">DNS name</dt>
            <dd className="font-mono text-xs break-all">{outcome.dnsName}</dd>
            <dt className="text-slate-500">Listeners</dt>
            <dd>{outcome.listenerCount}</dd>
            {outcome.aliasRecord && (
              <>
                <dt className="text-slate-500">DNS record</dt>
                <dd className="font-mono text-xs">{outcome.aliasRecord}</dd>
              </>
            )}
            {outcome.securityGroupId && (
              <>
                <dt className="text-slate-500">New security group</dt>
                <dd className="font-mono text-xs">{outcome.securityGroupId}</dd>
              </>
            )}
          </dl>
          <div className="flex gap-2">
            <ButtonLink href={href} variant="primary">
              Open {outcome.name}
            </ButtonLink>
            <ButtonLink href={`${href}/troubleshoot`}>Troubleshoot</ButtonLink>
            <ButtonLink href="/load-balancers">All load balancers</ButtonLink>
          </div>
        </div>
      </Card>
    );
  }

  return (
    <Card className="border-red-300">
      <div role="alert" className="space-y-4">
        <div>
          <h2
            ref={headingRef}
            tabIndex={-1}
            className="text-lg font-semibold text-red-900 focus:outline-none"
          >
            Nothing was created: a step failed
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            Failed step: <strong>{outcome.failedStep.label}</strong>
          </p>
          <p className="mt-1 text-sm text-red-800">{outcome.error.message}</p>
          <p className="mt-1 font-mono text-xs text-slate-500">
            {outcome.error.code}
            {outcome.error.requestId ? ` · request ${outcome.error.requestId}` : ""}
          </p>
        </div>
        <section aria-label="Rolled back">
          <h3 className="text-sm font-semibold text-slate-800">Rolled back</h3>
          {outcome.rolledBack.length === 0 ? (
            <p className="text-sm text-slate-600">Nothing had been created before this step.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
              {outcome.rolledBack.map((item) => (
                <li key={item}>Deleted {item}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-label="Left behind">
          <h3 className="text-sm font-semibold text-slate-800">Left behind</h3>
          {outcome.leftBehind.length === 0 ? (
            <p className="text-sm text-emerald-800">Nothing: the region is as it was before.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5 text-sm text-red-800">
              {outcome.leftBehind.map((item) => (
                <li key={item}>{item}: could not be deleted, remove it by hand</li>
              ))}
            </ul>
          )}
        </section>
        <Button variant="secondary" onClick={onBack}>
          Back to the review
        </Button>
      </div>
    </Card>
  );
}
