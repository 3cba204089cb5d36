import "server-only";

import { listCertificates } from "@/lib/aws/acm/certificates";
import { listSecurityGroups } from "@/lib/aws/ec2/security-groups";
import { listSubnets } from "@/lib/aws/ec2/subnets";
import { listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { listTargetGroups } from "@/lib/aws/elbv2/target-groups";
import { AwsError } from "@/lib/aws/errors";
import { aliasRecordSetsFor, findAliasConflicts } from "@/lib/aws/route53/alias-records";
import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { createAlbWizardSchemaFor, type CreateAlbWizardInput } from "@/lib/schemas/load-balancer";

export interface LiveCheck {
  fieldErrors: Record<string, string[]>;
  /** Not blocking, shown on the review. */
  warnings: string[];
}

async function loadBalancerExists(region: string, name: string): Promise<boolean> {
  try {
    return (await listLoadBalancers(region, { names: [name] })).length > 0;
  } catch (error) {
    if (error instanceof AwsError && error.kind === "not-found") return false;
    throw error;
  }
}

function add(errors: Record<string, string[]>, key: string, message: string) {
  (errors[key] ??= []).push(message);
}

/**
 * What only the region as it is now can tell: certificate statuses, names already taken, subnets that
 * are not public, an alias record that already exists. CreateLoadBalancer and CreateTargetGroup are
 * idempotent for an identical existing resource and would hand back someone else's load balancer,
 * which a rollback would then delete: so taken names are refused here, before anything is sent. An
 * existing target group must still exist and be in the load balancer's VPC.
 */
export async function checkAgainstRegion(region: string, input: CreateAlbWizardInput): Promise<LiveCheck> {
  const [certificates, lbTaken, targetGroups, groups, subnets] = await Promise.all([
    input.listeners.some((listener) => listener.protocol === "HTTPS")
      ? listCertificates(region)
      : Promise.resolve([]),
    loadBalancerExists(region, input.name),
    listTargetGroups(region),
    input.securityGroup.mode === "create"
      ? listSecurityGroups(region, { vpcId: input.vpcId })
      : Promise.resolve([]),
    listSubnets(region, { subnetIds: input.subnets.map((subnet) => subnet.subnetId) }),
  ]);

  const statuses = Object.fromEntries(certificates.map((cert) => [cert.arn, cert.status]));
  const parsed = createAlbWizardSchemaFor({ certificates: { statuses } }).safeParse(input);
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const warnings: string[] = [];

  if (lbTaken)
    add(
      fieldErrors,
      "name",
      `A load balancer named ${input.name} already exists in ${region}: choose another name.`,
    );
  const tg = input.targetGroup;
  if (tg.mode === "existing") {
    const group = targetGroups.find((candidate) => candidate.arn === tg.arn);
    if (!group) add(fieldErrors, "targetGroup.arn", `This target group no longer exists in ${region}.`);
    else if (group.vpcId && group.vpcId !== input.vpcId)
      add(
        fieldErrors,
        "targetGroup.arn",
        `${group.name} is in ${group.vpcId}: choose a target group of the load balancer's VPC (${input.vpcId}).`,
      );
    else if (
      group.loadBalancerArns.length > 0 &&
      input.listeners.some((listener) => listener.defaultAction.type === "forward")
    )
      warnings.push(
        `${group.name} already serves another load balancer; AWS may refuse to attach an ALB target group to a second load balancer.`,
      );
  } else if (targetGroups.some((group) => group.name.toLowerCase() === tg.name.toLowerCase())) {
    add(
      fieldErrors,
      "targetGroup.name",
      `A target group named ${tg.name} already exists in ${region}: choose another name, or choose it as an existing target group.`,
    );
  }
  if (input.securityGroup.mode === "create") {
    const name = input.securityGroup.name.toLowerCase();
    if (groups.some((group) => group.name.toLowerCase() === name))
      add(
        fieldErrors,
        "securityGroup.name",
        `The VPC already has a security group named ${input.securityGroup.name}.`,
      );
  }

  for (const choice of input.subnets) {
    const subnet = subnets.find((candidate) => candidate.id === choice.subnetId);
    if (!subnet) add(fieldErrors, "subnets", `Subnet ${choice.subnetId} no longer exists.`);
    else if (subnet.vpcId !== input.vpcId)
      add(fieldErrors, "subnets", `Subnet ${choice.subnetId} is not in ${input.vpcId}.`);
    else if (input.scheme === "internet-facing" && !subnet.isPublic)
      warnings.push(
        `Subnet ${subnet.id} (${subnet.availabilityZone}) has no route to an internet gateway: an internet-facing load balancer in it cannot be reached from the internet.`,
      );
  }

  if (input.alias) {
    const zone = await getHostedZone(input.alias.hostedZoneId);
    const zoneName = (zone?.name ?? "").replace(/\.$/, "").toLowerCase();
    const recordName = input.alias.recordName.replace(/\.$/, "").toLowerCase();
    if (!zone) add(fieldErrors, "alias.hostedZoneId", "This hosted zone no longer exists.");
    else if (recordName !== zoneName && !recordName.endsWith(`.${zoneName}`))
      add(fieldErrors, "alias.recordName", `The record name must be ${zoneName} or end with .${zoneName}.`);
    else {
      const planned = aliasRecordSetsFor(input.alias.recordName, {
        dnsName: "pending.invalid",
        canonicalHostedZoneId: "",
        ipAddressType: input.ipAddressType,
      });
      const conflicts = await findAliasConflicts(input.alias.hostedZoneId, planned);
      if (conflicts.length > 0)
        add(
          fieldErrors,
          "alias.recordName",
          `${recordName} already has ${conflicts.map((record) => `a ${record.Type} record`).join(" and ")}: choose another name or change that record in the zone.`,
        );
    }
  }
  return { fieldErrors, warnings };
}
