"use client";

import { Badge } from "@/components/ui/badge";
import { TextAreaField, TextField } from "@/components/ui/field";
import { effectiveTargetType, errorsUnder, existingTargetGroup } from "@/lib/alb/create-flow/wizard-state";

import { ChoiceGroup, Option } from "./choice-group";
import type { StepProps } from "./step-props";

export function TargetsStep({ state, update, errors, context }: StepProps) {
  const type = effectiveTargetType(state, context);
  const existing = existingTargetGroup(state, context);
  const port = existing ? (existing.port ?? "?") : state.targetGroup.port;

  if (type === "alb") {
    return (
      <p className="text-sm text-slate-600">
        {existing?.name} forwards to an Application Load Balancer; its target is not changed here.
      </p>
    );
  }
  const instances = context.instances.filter((instance) => instance.vpcId === state.vpcId);
  const targetErrors = errorsUnder(errors, "targets");

  if (type === "lambda") {
    return (
      <TextField
        id="lambda-arn"
        label="Lambda function ARN"
        value={state.lambdaArn}
        onChange={(event) => update({ lambdaArn: event.target.value })}
        errors={targetErrors}
        hint="Optional now; a Lambda target group holds one function."
      />
    );
  }
  if (type === "ip") {
    return (
      <TextAreaField
        id="ip-targets"
        label="IP addresses"
        rows={5}
        value={state.ipTargets}
        onChange={(event) => update({ ipTargets: event.target.value })}
        errors={targetErrors}
        hint={`One per line, optionally with a port: 10.0.1.15 or 10.0.1.15:8080 (default port ${port}). Private addresses of the VPC or connected networks.`}
      />
    );
  }
  return (
    <div className="space-y-4">
      <ChoiceGroup
        id="instances"
        legend="Instances to register"
        hint={
          existing
            ? `Optional: only the instances you choose are registered in ${existing.name}; the targets it already has stay as they are.`
            : "Optional: you can register targets later. Only running instances can be registered."
        }
        errors={targetErrors}
      >
        {instances.length === 0 && <p className="text-sm text-slate-600">No instances in this VPC.</p>}
        <div className="grid gap-2 md:grid-cols-2">
          {instances.map((instance) => {
            const checked = state.instanceIds.includes(instance.id);
            const isRunning = instance.state === "running";
            return (
              <Option
                key={instance.id}
                type="checkbox"
                name="instance"
                value={instance.id}
                checked={checked}
                disabled={!isRunning && !checked}
                onChange={() =>
                  update({
                    instanceIds: checked
                      ? state.instanceIds.filter((id) => id !== instance.id)
                      : [...state.instanceIds, instance.id],
                  })
                }
              >
                <span className="font-medium">{instance.name ?? instance.id}</span>{" "}
                {!isRunning && <Badge tone="amber">{instance.state}</Badge>}
                <span className="block font-mono text-xs text-slate-600">
                  {instance.id} · {instance.privateIp ?? "no IP"} · {instance.availabilityZone ?? "?"}
                </span>
              </Option>
            );
          })}
        </div>
      </ChoiceGroup>
      <TextField
        id="instance-port"
        className="max-w-xs"
        label="Port override (optional)"
        inputMode="numeric"
        value={state.instancePort}
        onChange={(event) => update({ instancePort: event.target.value })}
        hint={`Empty: the target group's port ${port}.`}
      />
    </div>
  );
}
