"use client";

import { Badge } from "@/components/ui/badge";
import { SelectField, TextField } from "@/components/ui/field";
import { errorsUnder, type WizardState } from "@/lib/alb/create-flow/wizard-state";

import { ChoiceGroup, Option } from "./choice-group";
import type { StepProps } from "./step-props";

/** Name, scheme, IP address type, VPC and one subnet per Availability Zone. */
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
