"use client";

import type { ReactNode } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";

import type { WizardContext } from "./types";
import {
  derivedNames,
  effectiveTargetType,
  errorsUnder,
  existingTargetGroup,
  listenerDraft,
  type ListenerDraft,
  type WizardState,
} from "./wizard-state";

const CONTENT_TYPES = ["text/plain", "text/css", "text/html", "application/javascript", "application/json"];

export interface StepProps {
  state: WizardState;
  update: (patch: Partial<WizardState>) => void;
  errors: Record<string, string[]>;
  context: WizardContext;
}

/** A group of checkboxes or radios with a visible legend and its errors wired to the group. */
function ChoiceGroup({
  id,
  legend,
  hint,
  errors,
  children,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  const describedBy =
    [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy}
      aria-invalid={errors?.length ? true : undefined}
      className="space-y-2"
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {children}
      {errors && errors.length > 0 && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </fieldset>
  );
}

function Option({
  name,
  value,
  checked,
  onChange,
  type = "radio",
  disabled,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  type?: "radio" | "checkbox";
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <label
      className={`flex items-start gap-2.5 rounded-md border px-3 py-2 text-sm ${checked ? "border-sky-400 bg-sky-50" : "border-slate-200 bg-white"} ${disabled ? "opacity-60" : "cursor-pointer hover:border-slate-300"}`}
    >
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        disabled={disabled}
        className="mt-0.5 accent-sky-700"
      />
      <span className="min-w-0">{children}</span>
    </label>
  );
}

export function BasicsStep({ state, update, errors, context }: StepProps) {
  const subnets = context.subnets.filter((subnet) => subnet.vpcId === state.vpcId);
  const zones = [...new Set(subnets.map((subnet) => subnet.availabilityZone))];
  const chosenZones = new Set(
    subnets.filter((subnet) => state.subnetIds.includes(subnet.id)).map((subnet) => subnet.availabilityZone),
  );

  return (
    <div className="space-y-5">
      <TextField
        id="lb-name"
        label="Load balancer name"
        hint="1–32 letters, digits and hyphens; unique in the region. Part of the load balancer's DNS name."
        value={state.name}
        onChange={(event) => update({ name: event.target.value })}
        errors={errors.name}
        autoComplete="off"
        spellCheck={false}
      />
      <ChoiceGroup id="scheme" legend="Scheme" errors={errors.scheme}>
        <div className="grid gap-2 sm:grid-cols-2">
          <Option
            name="scheme"
            value="internet-facing"
            checked={state.scheme === "internet-facing"}
            onChange={() => update({ scheme: "internet-facing" })}
          >
            <span className="font-medium">Internet-facing</span>
            <span className="block text-xs text-slate-600">
              Public IP addresses; put it in public subnets.
            </span>
          </Option>
          <Option
            name="scheme"
            value="internal"
            checked={state.scheme === "internal"}
            onChange={() => update({ scheme: "internal", ipAddressType: "ipv4" })}
          >
            <span className="font-medium">Internal</span>
            <span className="block text-xs text-slate-600">
              Private IP addresses, reachable from the VPC and connected networks.
            </span>
          </Option>
        </div>
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="ip-address-type"
          label="IP address type"
          value={state.ipAddressType}
          onChange={(event) => update({ ipAddressType: event.target.value as WizardState["ipAddressType"] })}
          errors={errors.ipAddressType}
          hint={
            state.scheme === "internal"
              ? "Internal load balancers use IPv4 here."
              : "Dualstack also answers on IPv6 (the subnets need IPv6 CIDRs)."
          }
        >
          <option value="ipv4">IPv4</option>
          <option value="dualstack" disabled={state.scheme === "internal"}>
            Dualstack (IPv4 and IPv6)
          </option>
          <option value="dualstack-without-public-ipv4" disabled={state.scheme === "internal"}>
            Dualstack without public IPv4
          </option>
        </SelectField>
        <SelectField
          id="vpc"
          label="VPC"
          value={state.vpcId}
          onChange={(event) =>
            update({ vpcId: event.target.value, subnetIds: [], securityGroupIds: [], instanceIds: [] })
          }
          errors={errors.vpcId}
        >
          {context.vpcs.length === 0 && <option value="">No VPC in {context.region}</option>}
          {context.vpcs.map((vpc) => (
            <option key={vpc.id} value={vpc.id}>
              {vpc.name ? `${vpc.name} (${vpc.id})` : vpc.id} · {vpc.cidrBlock}
              {vpc.isDefault ? " · default" : ""}
            </option>
          ))}
        </SelectField>
      </div>
      <ChoiceGroup
        id="subnets"
        legend="Subnets"
        hint={`One subnet in each of at least two Availability Zones: the load balancer keeps serving when a zone fails. ${chosenZones.size} of ${zones.length} zones chosen.`}
        errors={errorsUnder(errors, "subnets")}
      >
        {subnets.length === 0 && <p className="text-sm text-slate-600">This VPC has no subnets.</p>}
        <div className="grid gap-3 md:grid-cols-3">
          {zones.map((zone) => (
            <div key={zone} className="space-y-1.5">
              <p className="text-xs font-semibold text-slate-600">{zone}</p>
              {subnets
                .filter((subnet) => subnet.availabilityZone === zone)
                .map((subnet) => {
                  const checked = state.subnetIds.includes(subnet.id);
                  return (
                    <Option
                      key={subnet.id}
                      type="checkbox"
                      name="subnet"
                      value={subnet.id}
                      checked={checked}
                      onChange={() =>
                        update({
                          subnetIds: checked
                            ? state.subnetIds.filter((id) => id !== subnet.id)
                            : // One subnet per zone: picking another in the same zone replaces it.
                              [
                                ...state.subnetIds.filter(
                                  (id) => context.subnets.find((s) => s.id === id)?.availabilityZone !== zone,
                                ),
                                subnet.id,
                              ],
                        })
                      }
                    >
                      <span className="font-medium">{subnet.name ?? subnet.id}</span>{" "}
                      {subnet.isPublic ? <Badge tone="blue">public</Badge> : <Badge>private</Badge>}
                      <span className="block font-mono text-xs text-slate-600">
                        {subnet.id} · {subnet.cidrBlock} · {subnet.availableIpCount} free IPs
                      </span>
                      <span className="sr-only"> in {zone}</span>
                    </Option>
                  );
                })}
            </div>
          ))}
        </div>
        {state.scheme === "internet-facing" &&
          subnets.some((subnet) => state.subnetIds.includes(subnet.id) && !subnet.isPublic) && (
            <p className="text-xs text-amber-800">
              A private subnet has no route to an internet gateway: an internet-facing load balancer there is
              unreachable from the internet.
            </p>
          )}
      </ChoiceGroup>
    </div>
  );
}

function certificateNote(status: string): string | undefined {
  switch (status) {
    case "ISSUED":
      return undefined;
    case "PENDING_VALIDATION":
      return "pending validation: create its DNS validation record first";
    case "EXPIRED":
      return "expired";
    case "VALIDATION_TIMED_OUT":
      return "validation timed out";
    default:
      return status.toLowerCase().replace(/_/g, " ");
  }
}

function ListenerRow({
  listener,
  index,
  state,
  update,
  errors,
  context,
}: StepProps & { listener: ListenerDraft; index: number }) {
  const path = `listeners.${index}`;
  const set = (patch: Partial<ListenerDraft>) =>
    update({
      listeners: state.listeners.map((item) => (item.key === listener.key ? { ...item, ...patch } : item)),
    });
  const id = `listener-${listener.key}`;
  const unusable = context.certificates.filter((cert) => cert.status !== "ISSUED");
  const chosenPolicy = context.sslPolicies.find((policy) => policy.name === listener.sslPolicy);

  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">
        Listener {index + 1}: {listener.protocol}:{listener.port || "?"}
      </legend>
      <div className="grid gap-3 sm:grid-cols-[8rem_8rem_1fr_auto] sm:items-start">
        <SelectField
          id={`${id}-protocol`}
          label="Protocol"
          value={listener.protocol}
          onChange={(event) => {
            const protocol = event.target.value as ListenerDraft["protocol"];
            set(
              protocol === "HTTPS"
                ? {
                    protocol,
                    port: listener.port === "80" ? "443" : listener.port,
                    // HTTP→HTTPS was this listener's redirect; on HTTPS itself it would loop.
                    action: listener.action === "redirect" ? "forward" : listener.action,
                    sslPolicy: listener.sslPolicy || (context.sslPolicies[0]?.name ?? ""),
                  }
                : {
                    protocol,
                    port: listener.port === "443" ? "80" : listener.port,
                    certificateArn: "",
                    sslPolicy: "",
                  },
            );
          }}
          errors={errors[`${path}.protocol`]}
        >
          <option value="HTTP">HTTP</option>
          <option value="HTTPS">HTTPS</option>
        </SelectField>
        <TextField
          id={`${id}-port`}
          label="Port"
          inputMode="numeric"
          value={listener.port}
          onChange={(event) => set({ port: event.target.value })}
          errors={errors[`${path}.port`]}
        />
        <SelectField
          id={`${id}-action`}
          label="Default action"
          value={listener.action}
          onChange={(event) => set({ action: event.target.value as ListenerDraft["action"] })}
          errors={errors[`${path}.defaultAction`] ?? errors[`${path}.defaultAction.type`]}
        >
          <option value="forward">Forward to the target group</option>
          <option value="redirect">Redirect</option>
          <option value="fixed-response">Return a fixed response</option>
        </SelectField>
        <div className="sm:pt-6">
          <Button
            variant="ghost"
            onClick={() => update({ listeners: state.listeners.filter((item) => item.key !== listener.key) })}
            disabled={state.listeners.length === 1}
            aria-label={`Remove listener ${index + 1}`}
          >
            Remove
          </Button>
        </div>
      </div>
      {listener.action === "redirect" && (
        <RedirectFields id={id} path={path} listener={listener} errors={errors} set={set} />
      )}
      {listener.action === "fixed-response" && (
        <FixedResponseFields id={id} path={path} listener={listener} errors={errors} set={set} />
      )}
      {listener.protocol === "HTTPS" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            id={`${id}-certificate`}
            label="Certificate (ACM)"
            value={listener.certificateArn}
            onChange={(event) => set({ certificateArn: event.target.value })}
            errors={errors[`${path}.certificateArn`]}
            hint={
              unusable.length > 0
                ? `Only issued certificates can be used; ${unusable.map((cert) => `${cert.domainName} is ${certificateNote(cert.status)}`).join("; ")}.`
                : "The default certificate, served when no SNI certificate matches."
            }
          >
            <option value="">Choose a certificate…</option>
            {context.certificates.map((cert) => {
              const note = certificateNote(cert.status);
              const names = [
                cert.domainName,
                ...cert.subjectAlternativeNames.filter((name) => name !== cert.domainName),
              ];
              return (
                <option key={cert.arn} value={cert.arn} disabled={note !== undefined}>
                  {names.join(", ")}
                  {cert.type === "IMPORTED" ? " · imported" : ""}
                  {cert.notAfter ? ` · expires ${cert.notAfter.slice(0, 10)}` : ""}
                  {note ? ` — not selectable: ${note}` : ""}
                </option>
              );
            })}
          </SelectField>
          <SelectField
            id={`${id}-policy`}
            label="Security policy"
            value={listener.sslPolicy}
            onChange={(event) => set({ sslPolicy: event.target.value })}
            errors={errors[`${path}.sslPolicy`]}
            hint={
              chosenPolicy?.isLegacy
                ? "Legacy: this policy accepts TLS 1.0/1.1, which browsers have dropped and most compliance regimes forbid."
                : chosenPolicy?.supportsTls13
                  ? `Accepts ${chosenPolicy.minimumProtocol} and TLS 1.3.`
                  : chosenPolicy
                    ? `Minimum ${chosenPolicy.minimumProtocol}, no TLS 1.3.`
                    : undefined
            }
          >
            <option value="">Choose a policy…</option>
            {context.sslPolicies.map((policy) => (
              <option key={policy.name} value={policy.name}>
                {policy.name}
                {policy.supportsTls13 ? " · TLS 1.3" : ""}
                {policy.isLegacy ? " · legacy (TLS 1.0/1.1)" : ""}
              </option>
            ))}
          </SelectField>
        </div>
      )}
    </fieldset>
  );
}

interface ActionFieldsProps {
  id: string;
  path: string;
  listener: ListenerDraft;
  errors: Record<string, string[]>;
  set: (patch: Partial<ListenerDraft>) => void;
}

function RedirectFields({ id, path, listener, errors, set }: ActionFieldsProps) {
  const redirect = listener.redirect;
  const setRedirect = (patch: Partial<ListenerDraft["redirect"]>) =>
    set({ redirect: { ...redirect, ...patch } });
  const e = (field: string) => errors[`${path}.defaultAction.${field}`];
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <SelectField
        id={`${id}-redirect-status`}
        label="Redirect status code"
        value={redirect.statusCode}
        onChange={(event) =>
          setRedirect({ statusCode: event.target.value as ListenerDraft["redirect"]["statusCode"] })
        }
        errors={e("statusCode")}
      >
        <option value="HTTP_301">301 (permanent)</option>
        <option value="HTTP_302">302 (temporary)</option>
      </SelectField>
      <SelectField
        id={`${id}-redirect-protocol`}
        label="Redirect protocol"
        value={redirect.protocol}
        onChange={(event) =>
          setRedirect({ protocol: event.target.value as ListenerDraft["redirect"]["protocol"] })
        }
        errors={e("protocol")}
        hint={listener.protocol === "HTTPS" ? "An HTTPS listener never redirects to HTTP." : undefined}
      >
        <option value="#{protocol}">Keep the original</option>
        <option value="HTTP" disabled={listener.protocol === "HTTPS"}>
          HTTP
        </option>
        <option value="HTTPS">HTTPS</option>
      </SelectField>
      <TextField
        id={`${id}-redirect-port`}
        label="Redirect port"
        inputMode="numeric"
        value={redirect.port}
        placeholder="#{port}"
        onChange={(event) => setRedirect({ port: event.target.value })}
        errors={e("port")}
        hint="1–65535; empty keeps the original port."
      />
      <TextField
        id={`${id}-redirect-host`}
        label="Redirect host"
        value={redirect.host}
        placeholder="#{host}"
        onChange={(event) => setRedirect({ host: event.target.value })}
        errors={e("host")}
        hint="Empty keeps the original host."
      />
      <TextField
        id={`${id}-redirect-path`}
        label="Redirect path"
        value={redirect.path}
        placeholder="/#{path}"
        onChange={(event) => setRedirect({ path: event.target.value })}
        errors={e("path")}
        hint="Starts with /; empty keeps the original path."
      />
      <TextField
        id={`${id}-redirect-query`}
        label="Redirect query"
        value={redirect.query}
        placeholder="#{query}"
        onChange={(event) => setRedirect({ query: event.target.value })}
        errors={e("query")}
        hint="Without the leading ?; empty keeps the original query."
      />
    </div>
  );
}

function FixedResponseFields({ id, path, listener, errors, set }: ActionFieldsProps) {
  const fixed = listener.fixedResponse;
  const setFixed = (patch: Partial<ListenerDraft["fixedResponse"]>) =>
    set({ fixedResponse: { ...fixed, ...patch } });
  const e = (field: string) => errors[`${path}.defaultAction.${field}`];
  return (
    <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
      <TextField
        id={`${id}-fixed-status`}
        label="Response status code"
        inputMode="numeric"
        value={fixed.statusCode}
        onChange={(event) => setFixed({ statusCode: event.target.value })}
        errors={e("statusCode")}
        hint="2XX, 4XX or 5XX"
      />
      <SelectField
        id={`${id}-fixed-content-type`}
        label="Content type"
        value={fixed.contentType}
        onChange={(event) => setFixed({ contentType: event.target.value })}
        errors={e("contentType")}
      >
        {CONTENT_TYPES.map((type) => (
          <option key={type} value={type}>
            {type}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={`${id}-fixed-body`}
        className="sm:col-span-2"
        label="Response body"
        rows={3}
        value={fixed.messageBody}
        onChange={(event) => setFixed({ messageBody: event.target.value })}
        errors={e("messageBody")}
        hint={`Optional, at most 1024 characters (${fixed.messageBody.length} now).`}
      />
    </div>
  );
}

export function ListenersStep(props: StepProps) {
  const { state, update, errors } = props;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Each listener accepts connections on a port and by default forwards to the target group, redirects, or
        returns a fixed response. A common setup: HTTPS on 443 forwarding to the target group, and HTTP on 80
        redirecting to HTTPS.
      </p>
      {state.listeners.map((listener, index) => (
        <ListenerRow key={listener.key} {...props} listener={listener} index={index} />
      ))}
      {errors.listeners && <p className="text-xs font-medium text-red-700">{errors.listeners.join(" ")}</p>}
      <Button
        variant="secondary"
        onClick={() =>
          update({
            listeners: [
              ...state.listeners,
              listenerDraft(Math.max(0, ...state.listeners.map((item) => item.key)) + 1),
            ],
          })
        }
      >
        Add listener
      </Button>
    </div>
  );
}

function formatRule(rule: {
  protocol: string;
  fromPort?: number;
  toPort?: number;
  sources: string[];
}): string {
  const protocol = rule.protocol === "-1" ? "all traffic" : rule.protocol.toUpperCase();
  const ports =
    rule.protocol === "-1"
      ? ""
      : rule.fromPort === rule.toPort
        ? ` ${rule.fromPort}`
        : ` ${rule.fromPort}–${rule.toPort}`;
  return `${protocol}${ports} from ${rule.sources.join(", ") || "—"}`;
}

export function SecurityGroupStep({ state, update, errors, context }: StepProps) {
  const groups = context.securityGroups.filter((group) => group.vpcId === state.vpcId);
  const names = derivedNames(state);
  const ports = [...new Set(state.listeners.map((listener) => listener.port).filter(Boolean))];
  const cidrs = state.ingressCidrs.split(/[\s,]+/).filter(Boolean);
  const uncovered = (groupIds: string[]) =>
    ports.filter(
      (port) =>
        !context.securityGroups
          .filter((group) => groupIds.includes(group.id))
          .some((group) =>
            group.ingress.some(
              (rule) =>
                rule.protocol === "-1" ||
                ((rule.fromPort ?? 0) <= Number(port) && Number(port) <= (rule.toPort ?? 65535)),
            ),
          ),
    );

  return (
    <div className="space-y-5">
      <ChoiceGroup id="sg-mode" legend="Who may reach the load balancer" errors={errors.securityGroup}>
        <div className="grid gap-2 sm:grid-cols-2">
          <Option
            name="sg-mode"
            value="create"
            checked={state.securityGroupMode === "create"}
            onChange={() => update({ securityGroupMode: "create" })}
          >
            <span className="font-medium">Create a security group for the listener ports</span>
          </Option>
          <Option
            name="sg-mode"
            value="existing"
            checked={state.securityGroupMode === "existing"}
            onChange={() => update({ securityGroupMode: "existing" })}
          >
            <span className="font-medium">Use existing security groups</span>
          </Option>
        </div>
      </ChoiceGroup>

      {state.securityGroupMode === "create" ? (
        <div className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id="sg-name"
              label="Security group name"
              value={state.newSecurityGroupName || names.securityGroup}
              onChange={(event) => update({ newSecurityGroupName: event.target.value })}
              errors={errors["securityGroup.name"]}
              autoComplete="off"
            />
            <TextField
              id="sg-cidrs"
              label="Allowed sources (CIDR blocks)"
              hint="Comma-separated. 0.0.0.0/0 is everyone on IPv4; add ::/0 for IPv6."
              value={state.ingressCidrs}
              onChange={(event) => update({ ingressCidrs: event.target.value })}
              errors={errorsUnder(errors, "securityGroup.ingressCidrs")}
            />
          </div>
          <div>
            <p className="mb-1 text-sm font-medium text-slate-800">Inbound rules it will have</p>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Inbound rules of the new security group</caption>
              <thead className="text-xs tracking-wide text-slate-500 uppercase">
                <tr>
                  <th scope="col" className="py-1 pr-4">
                    Protocol
                  </th>
                  <th scope="col" className="py-1 pr-4">
                    Port
                  </th>
                  <th scope="col" className="py-1 pr-4">
                    Source
                  </th>
                  <th scope="col" className="py-1">
                    Why
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {ports.flatMap((port) =>
                  cidrs.map((cidr) => (
                    <tr key={`${port}-${cidr}`}>
                      <td className="py-1 pr-4">TCP</td>
                      <td className="py-1 pr-4 font-mono">{port}</td>
                      <td className="py-1 pr-4 font-mono">{cidr}</td>
                      <td className="py-1 text-slate-600">Listener port {port}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
            <p className="mt-1 text-xs text-slate-500">
              Outbound: all traffic (the AWS default), so the load balancer can reach targets and health-check
              them.
            </p>
          </div>
        </div>
      ) : (
        <ChoiceGroup
          id="security-groups"
          legend="Security groups"
          hint="Up to 5. Their inbound rules must admit the listener ports."
          errors={errorsUnder(errors, "securityGroup.securityGroupIds")}
        >
          {groups.length === 0 && <p className="text-sm text-slate-600">This VPC has no security groups.</p>}
          <div className="grid gap-2 md:grid-cols-2">
            {groups.map((group) => {
              const checked = state.securityGroupIds.includes(group.id);
              return (
                <Option
                  key={group.id}
                  type="checkbox"
                  name="security-group"
                  value={group.id}
                  checked={checked}
                  onChange={() =>
                    update({
                      securityGroupIds: checked
                        ? state.securityGroupIds.filter((id) => id !== group.id)
                        : [...state.securityGroupIds, group.id],
                    })
                  }
                >
                  <span className="font-medium">{group.name}</span>{" "}
                  <span className="font-mono text-xs text-slate-500">{group.id}</span>
                  <span className="block text-xs text-slate-600">{group.description}</span>
                  <ul className="mt-1 space-y-0.5 font-mono text-xs text-slate-700">
                    {group.ingress.length === 0 && <li>No inbound rules</li>}
                    {group.ingress.map((rule, index) => (
                      <li key={index}>{formatRule(rule)}</li>
                    ))}
                  </ul>
                </Option>
              );
            })}
          </div>
          {state.securityGroupIds.length > 0 && uncovered(state.securityGroupIds).length > 0 && (
            <p className="text-xs text-amber-800">
              No chosen group admits port {uncovered(state.securityGroupIds).join(", ")}: clients could not
              reach that listener.
            </p>
          )}
        </ChoiceGroup>
      )}
    </div>
  );
}

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
          <TextField
            id="hc-port"
            label="Port"
            value={hc.port}
            onChange={(event) => setHc({ port: event.target.value })}
            errors={e("healthCheck.port")}
            hint='"traffic-port" or a number.'
          />
          <TextField
            id="hc-path"
            label="Path"
            value={hc.path}
            onChange={(event) => setHc({ path: event.target.value })}
            errors={e("healthCheck.path")}
            hint="e.g. /healthz"
          />
          <TextField
            id="hc-interval"
            label="Interval (seconds)"
            inputMode="numeric"
            value={hc.intervalSeconds}
            onChange={(event) => setHc({ intervalSeconds: event.target.value })}
            errors={e("healthCheck.intervalSeconds")}
            hint="5–300"
          />
          <TextField
            id="hc-timeout"
            label="Timeout (seconds)"
            inputMode="numeric"
            value={hc.timeoutSeconds}
            onChange={(event) => setHc({ timeoutSeconds: event.target.value })}
            errors={e("healthCheck.timeoutSeconds")}
            hint="2–120, shorter than the interval"
          />
          <TextField
            id="hc-matcher"
            label="Success codes"
            value={hc.matcher}
            onChange={(event) => setHc({ matcher: event.target.value })}
            errors={e("healthCheck.matcher")}
            hint={
              tg.protocolVersion === "GRPC"
                ? "gRPC codes 0–99, e.g. 0 or 0-5"
                : "e.g. 200, 200-299 or 200,302"
            }
          />
          <TextField
            id="hc-healthy"
            label="Healthy threshold"
            inputMode="numeric"
            value={hc.healthyThreshold}
            onChange={(event) => setHc({ healthyThreshold: event.target.value })}
            errors={e("healthCheck.healthyThreshold")}
            hint="2–10 consecutive successes"
          />
          <TextField
            id="hc-unhealthy"
            label="Unhealthy threshold"
            inputMode="numeric"
            value={hc.unhealthyThreshold}
            onChange={(event) => setHc({ unhealthyThreshold: event.target.value })}
            errors={e("healthCheck.unhealthyThreshold")}
            hint="2–10 consecutive failures"
          />
        </div>
      </fieldset>
    </div>
  );
}

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

export function DnsStep({ state, update, errors, context }: StepProps) {
  const zone = context.hostedZones.find((candidate) => candidate.id === state.hostedZoneId);
  return (
    <div className="space-y-5">
      <label className="flex items-start gap-2.5 text-sm">
        <input
          type="checkbox"
          checked={state.aliasEnabled}
          onChange={(event) => update({ aliasEnabled: event.target.checked })}
          className="mt-0.5 accent-sky-700"
        />
        <span>
          <span className="font-medium">Create a DNS name for the load balancer</span>
          <span className="block text-xs text-slate-600">
            An alias A record (and AAAA for dualstack) in a Route 53 zone, pointing at the load
            balancer&apos;s DNS name. Alias queries are free and follow the load balancer&apos;s changing IP
            addresses.
          </span>
        </span>
      </label>
      {state.aliasEnabled && (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="alias-zone"
            label="Hosted zone"
            value={state.hostedZoneId}
            onChange={(event) => update({ hostedZoneId: event.target.value })}
            errors={errors["alias.hostedZoneId"]}
          >
            {context.hostedZones.length === 0 && <option value="">No hosted zones</option>}
            {context.hostedZones.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name} {item.isPrivate ? "(private)" : "(public)"}
              </option>
            ))}
          </SelectField>
          <TextField
            id="alias-name"
            label="Record name"
            value={state.recordName}
            onChange={(event) => update({ recordName: event.target.value })}
            errors={errors["alias.recordName"]}
            hint={
              zone
                ? `A name in ${zone.name.replace(/\.$/, "")}, e.g. images.${zone.name.replace(/\.$/, "")}. It must not exist yet.`
                : undefined
            }
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      )}
    </div>
  );
}
