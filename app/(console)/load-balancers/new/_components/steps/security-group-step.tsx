"use client";

import { TextField } from "@/components/ui/field";
import { derivedNames, errorsUnder } from "@/lib/alb/create-flow/wizard-state";

import { ChoiceGroup, Option } from "./choice-group";
import type { StepProps } from "./step-props";

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
