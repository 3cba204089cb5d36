"use client";

import { SelectField, TextField } from "@/components/ui/field";
import { derivedNames, existingTargetGroup, type WizardState } from "@/lib/alb/create-flow/wizard-state";

import { ChoiceGroup, Option } from "./choice-group";
import type { StepProps } from "./step-props";

function ExistingTargetGroupChoice({ state, update, errors, context }: StepProps) {
  const candidates = context.targetGroups.filter((group) => group.vpcId === state.vpcId);
  const chosen = existingTargetGroup(state, context);
  const readError = context.readErrors.find((error) => error.what === "target groups");
  return (
    <div className="space-y-2">
      <SelectField
        id="tg-existing"
        label="Existing target group"
        value={state.existingTargetGroupArn}
        onChange={(event) => update({ existingTargetGroupArn: event.target.value })}
        errors={errors["targetGroup.arn"] ?? errors["targetGroup"]}
        hint={
          readError
            ? `The target groups could not be read: ${readError.message}`
            : candidates.length === 0
              ? "This VPC has no target groups: create a new one."
              : "Target groups of the load balancer's VPC. Its settings and registered targets are not changed, and a failed creation never deletes it."
        }
      >
        <option value="">Choose a target group…</option>
        {candidates.map((group) => (
          <option key={group.arn} value={group.arn}>
            {group.name} · {group.targetType}
            {group.protocol ? ` · ${group.protocol}:${group.port ?? "?"}` : ""}
            {group.loadBalancerCount > 0
              ? ` · used by ${group.loadBalancerCount} load balancer${group.loadBalancerCount === 1 ? "" : "s"}`
              : ""}
          </option>
        ))}
      </SelectField>
      {chosen && chosen.loadBalancerCount > 0 && (
        <p className="text-xs text-amber-800">
          {chosen.name} already serves another load balancer: AWS may refuse to attach it to a second one when
          a listener forwards to it.
        </p>
      )}
    </div>
  );
}

export function TargetGroupStep(props: StepProps) {
  const { state, update } = props;
  return (
    <div className="space-y-5">
      <ChoiceGroup id="tg-mode" legend="Target group">
        <div className="grid gap-2 sm:grid-cols-2">
          <Option
            name="tg-mode"
            value="new"
            checked={state.targetGroupMode === "new"}
            onChange={() => update({ targetGroupMode: "new" })}
          >
            <span className="font-medium">New target group</span>
            <span className="block text-xs text-slate-600">Created with the load balancer.</span>
          </Option>
          <Option
            name="tg-mode"
            value="existing"
            checked={state.targetGroupMode === "existing"}
            onChange={() => update({ targetGroupMode: "existing" })}
          >
            <span className="font-medium">Existing target group</span>
            <span className="block text-xs text-slate-600">One of this VPC&apos;s, used as it is.</span>
          </Option>
        </div>
      </ChoiceGroup>
      {state.targetGroupMode === "existing" ? (
        <ExistingTargetGroupChoice {...props} />
      ) : (
        <NewTargetGroupFields {...props} />
      )}
    </div>
  );
}

/** The health check's text fields in display order (the protocol is a select of its own). */
const HEALTH_CHECK_FIELDS: {
  key: Exclude<keyof WizardState["healthCheck"], "protocol">;
  id: string;
  label: string;
  hint: string | ((protocolVersion: WizardState["targetGroup"]["protocolVersion"]) => string);
  isNumeric?: boolean;
}[] = [
  { key: "port", id: "hc-port", label: "Port", hint: '"traffic-port" or a number.' },
  { key: "path", id: "hc-path", label: "Path", hint: "e.g. /healthz" },
  { key: "intervalSeconds", id: "hc-interval", label: "Interval (seconds)", hint: "5–300", isNumeric: true },
  {
    key: "timeoutSeconds",
    id: "hc-timeout",
    label: "Timeout (seconds)",
    hint: "2–120, shorter than the interval",
    isNumeric: true,
  },
  {
    key: "matcher",
    id: "hc-matcher",
    label: "Success codes",
    hint: (version) =>
      version === "GRPC" ? "gRPC codes 0–99, e.g. 0 or 0-5" : "e.g. 200, 200-299 or 200,302",
  },
  {
    key: "healthyThreshold",
    id: "hc-healthy",
    label: "Healthy threshold",
    hint: "2–10 consecutive successes",
    isNumeric: true,
  },
  {
    key: "unhealthyThreshold",
    id: "hc-unhealthy",
    label: "Unhealthy threshold",
    hint: "2–10 consecutive failures",
    isNumeric: true,
  },
];

function NewTargetGroupFields({ state, update, errors }: StepProps) {
  const names = derivedNames(state);
  const tg = state.targetGroup;
  const hc = state.healthCheck;
  const setTg = (patch: Partial<WizardState["targetGroup"]>) => update({ targetGroup: { ...tg, ...patch } });
  const setHc = (patch: Partial<WizardState["healthCheck"]>) => update({ healthCheck: { ...hc, ...patch } });
  const isLambda = tg.targetType === "lambda";
  const e = (key: string) => errors[`targetGroup.${key}`];

  return (
    <div className="space-y-5">
      <p className="text-sm text-slate-600">
        A new target group the listeners forward to. It must be in the load balancer&apos;s VPC.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="tg-name"
          label="Target group name"
          value={tg.name || names.targetGroup}
          onChange={(event) => setTg({ name: event.target.value })}
          errors={e("name")}
          autoComplete="off"
        />
        <SelectField
          id="tg-target-type"
          label="Target type"
          value={tg.targetType}
          onChange={(event) =>
            setTg({ targetType: event.target.value as WizardState["targetGroup"]["targetType"] })
          }
          errors={e("targetType")}
        >
          <option value="instance">Instances</option>
          <option value="ip">IP addresses</option>
          <option value="lambda">Lambda function</option>
        </SelectField>
      </div>
      {!isLambda && (
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            id="tg-protocol"
            label="Protocol"
            value={tg.protocol}
            onChange={(event) => setTg({ protocol: event.target.value as "HTTP" | "HTTPS" })}
            errors={e("protocol")}
          >
            <option value="HTTP">HTTP</option>
            <option value="HTTPS">HTTPS</option>
          </SelectField>
          <TextField
            id="tg-port"
            label="Port"
            inputMode="numeric"
            value={tg.port}
            onChange={(event) => setTg({ port: event.target.value })}
            errors={e("port")}
            hint="The port the targets listen on."
          />
          <SelectField
            id="tg-protocol-version"
            label="Protocol version"
            value={tg.protocolVersion}
            onChange={(event) =>
              setTg({ protocolVersion: event.target.value as WizardState["targetGroup"]["protocolVersion"] })
            }
            errors={e("protocolVersion")}
          >
            <option value="HTTP1">HTTP/1.1</option>
            <option value="HTTP2">HTTP/2</option>
            <option value="GRPC">gRPC</option>
          </SelectField>
        </div>
      )}

      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">Health check</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            id="hc-protocol"
            label="Protocol"
            value={hc.protocol}
            onChange={(event) => setHc({ protocol: event.target.value as "HTTP" | "HTTPS" })}
            errors={e("healthCheck.protocol")}
          >
            <option value="HTTP">HTTP</option>
            <option value="HTTPS">HTTPS</option>
          </SelectField>
          {HEALTH_CHECK_FIELDS.map((field) => (
            <TextField
              key={field.key}
              id={field.id}
              label={field.label}
              inputMode={field.isNumeric ? "numeric" : undefined}
              value={hc[field.key]}
              onChange={(event) => setHc({ [field.key]: event.target.value })}
              errors={e(`healthCheck.${field.key}`)}
              hint={typeof field.hint === "function" ? field.hint(tg.protocolVersion) : field.hint}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
