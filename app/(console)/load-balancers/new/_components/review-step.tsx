"use client";

import type { ReactNode } from "react";

import { Skeleton } from "@/components/ui/skeleton";
import { describeAction } from "@/lib/alb/create-flow/plan";
import {
  derivedNames,
  existingTargetGroup,
  toWizardInput,
  type WizardState,
} from "@/lib/alb/create-flow/wizard-state";
import type { ReviewData, WizardContext } from "@/lib/alb/create-flow/wizard-types";

function Section({ title, rows }: { title: string; rows: [string, ReactNode][] }) {
  return (
    <section aria-label={title} className="rounded-md border border-slate-200">
      <h3 className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-xs font-semibold tracking-wide text-slate-600 uppercase">
        {title}
      </h3>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 px-3 py-2 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-500">{term}</dt>
            <dd className="min-w-0 break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const mono = (value: ReactNode) => <span className="font-mono text-xs">{value}</span>;

/** Every value the operator chose and the AWS calls creation will make, in order. */
export function ReviewStep({
  state,
  context,
  review,
  isLoading,
  isCreating,
}: {
  state: WizardState;
  context: WizardContext;
  review?: ReviewData;
  isLoading: boolean;
  isCreating: boolean;
}) {
  const input = toWizardInput(state, context);
  const names = derivedNames(state);
  const vpc = context.vpcs.find((item) => item.id === state.vpcId);
  const certificate = (arn?: string) =>
    context.certificates.find((cert) => cert.arn === arn)?.domainName ?? arn ?? "—";
  const zone = context.hostedZones.find((item) => item.id === state.hostedZoneId);
  const hc = state.healthCheck;
  const existing = existingTargetGroup(state, context);
  const targetGroupName =
    state.targetGroupMode === "existing"
      ? (existing?.name ?? state.existingTargetGroupArn)
      : names.targetGroup;
  const newTargetGroupRows: [string, ReactNode][] = [
    ["Name", names.targetGroup],
    ["Target type", state.targetGroup.targetType],
    ...(state.targetGroup.targetType === "lambda"
      ? []
      : ([
          [
            "Protocol and port",
            `${state.targetGroup.protocol}:${state.targetGroup.port} (${state.targetGroup.protocolVersion})`,
          ],
        ] as [string, ReactNode][])),
    [
      "Health check",
      `${hc.protocol} ${hc.path} on ${hc.port}, every ${hc.intervalSeconds} s, timeout ${hc.timeoutSeconds} s`,
    ],
    [
      "Thresholds",
      `healthy after ${hc.healthyThreshold}, unhealthy after ${hc.unhealthyThreshold}; success codes ${hc.matcher}`,
    ],
  ];

  return (
    <div className="space-y-4">
      <div className="grid gap-3 xl:grid-cols-2">
        <Section
          title="Load balancer"
          rows={[
            ["Name", input.name],
            ["Scheme", input.scheme],
            ["IP address type", input.ipAddressType],
            ["VPC", mono(vpc?.name ? `${vpc.name} (${vpc.id})` : state.vpcId)],
            [
              "Subnets",
              mono(
                input.subnets.map((subnet) => `${subnet.availabilityZone}: ${subnet.subnetId}`).join(", "),
              ),
            ],
            [
              "Security group",
              input.securityGroup.mode === "create"
                ? `New: ${names.securityGroup}, TCP ${[...new Set(input.listeners.map((l) => l.port))].join(", ")} from ${input.securityGroup.ingressCidrs.join(", ")}`
                : mono(input.securityGroup.securityGroupIds.join(", ")),
            ],
          ]}
        />
        <Section
          title="Listeners"
          rows={input.listeners.map((listener) => [
            `${listener.protocol}:${listener.port}`,
            `${describeAction(listener.defaultAction, targetGroupName).replace(/^./, (first) => first.toUpperCase())}${listener.protocol === "HTTPS" ? ` · certificate ${certificate(listener.certificateArn)} · ${listener.sslPolicy}` : ""}`,
          ])}
        />
        <Section
          title="Target group"
          rows={[
            ...(existing || state.targetGroupMode === "existing"
              ? ([
                  ["Name", `${targetGroupName} (existing: not changed, never deleted)`],
                  ["Target type", existing?.targetType ?? "—"],
                  [
                    "Protocol and port",
                    existing?.protocol ? `${existing.protocol}:${existing.port ?? "—"}` : "—",
                  ],
                ] as [string, ReactNode][])
              : newTargetGroupRows),
            [
              "Targets",
              input.targets.length === 0
                ? state.targetGroupMode === "existing"
                  ? "None added (its registered targets stay as they are)"
                  : "None yet"
                : mono(
                    input.targets.map((t) => ("port" in t && t.port ? `${t.id}:${t.port}` : t.id)).join(", "),
                  ),
            ],
          ]}
        />
        <Section
          title="DNS"
          rows={[
            [
              "Alias record",
              input.alias ? `${input.alias.recordName} in ${zone?.name ?? input.alias.hostedZoneId}` : "None",
            ],
          ]}
        />
      </div>

      <section aria-labelledby="plan-heading" className="space-y-2">
        <h3 id="plan-heading" className="text-sm font-semibold text-slate-800">
          What will happen
        </h3>
        {isLoading && (
          <div role="status" aria-label="Checking the choices against the region" className="space-y-2">
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-2/3" />
          </div>
        )}
        {review && (
          <>
            {review.warnings.map((warning) => (
              <p
                key={warning}
                className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
              >
                {warning}
              </p>
            ))}
            <ol
              className="divide-y divide-slate-100 rounded-md border border-slate-200"
              aria-label="Creation steps"
            >
              {review.steps.map((step, index) => (
                <li
                  key={step.id}
                  className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 px-3 py-2 text-sm"
                >
                  <span>
                    <span className="mr-2 text-slate-400 tabular-nums">{index + 1}.</span>
                    {step.label}
                  </span>
                  <span className="font-mono text-xs text-slate-500">{step.apiCall}</span>
                </li>
              ))}
            </ol>
            <p className="text-xs text-slate-500">
              All or nothing: if any step fails, every resource created before it is deleted again, newest
              first, and you see what was removed.
            </p>
          </>
        )}
        {isCreating && (
          <p role="status" className="text-sm text-sky-800">
            Creating… waiting for the load balancer to become active can take a few minutes on AWS.
          </p>
        )}
      </section>
    </div>
  );
}
