import { certificateExpiryWarning } from "@/lib/alb/certificates/expiry";

/**
 * What the region holds that a new load balancer's choices can collide with. The wizard fills it from the page's
 * reads (to warn as the operator types); the review and create actions from fresh reads (the authority).
 * Optional parts are checked only when given.
 */
export interface RegionSnapshot {
  region: string;
  loadBalancerNames: string[];
  targetGroups: { arn: string; name: string; vpcId?: string; loadBalancerCount: number }[];
  securityGroups: { name: string; vpcId: string }[];
  subnets?: { id: string; vpcId: string; availabilityZone: string; isPublic: boolean }[];
  certificates?: { arn: string; domainName: string; status: string; type?: string; notAfter?: string }[];
  /** The alias's hosted zone as it is now: null when it no longer exists. */
  aliasZone?: { name: string } | null;
  /** Record types already at the alias's name that an alias A/AAAA would clash with. */
  aliasConflicts?: string[];
}

export interface RegionCheck {
  fieldErrors: Record<string, string[]>;
  /** Not blocking, shown on the review. */
  warnings: string[];
}

/** The parts of the wizard's input (CreateAlbWizardInput, or the draft's payload before parsing) the checks read. */
export interface WizardChoices {
  name: string;
  scheme: string;
  vpcId: string;
  subnets: { subnetId: string }[];
  securityGroup: { mode: "create"; name: string } | { mode: "existing" };
  targetGroup: { mode: "new"; name: string } | { mode: "existing"; arn: string };
  listeners: { port: string | number; certificateArn?: string; defaultAction: { type: string } }[];
  alias?: { recordName: string };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const bare = (name: string) => name.trim().replace(/\.$/, "").toLowerCase();

/**
 * The checks only the region can answer: names already taken (CreateLoadBalancer and CreateTargetGroup are
 * idempotent for an identical existing resource and would hand back someone else's, which a rollback would then
 * delete), an existing target group that is gone or in another VPC, subnets gone or not public, an alias name outside
 * its zone or already taken, and certificates about to expire. `now` decides expiry.
 */
export function checkAgainstRegion(input: WizardChoices, region: RegionSnapshot, now: number): RegionCheck {
  const fieldErrors: Record<string, string[]> = {};
  const warnings: string[] = [];
  const add = (key: string, message: string) => (fieldErrors[key] ??= []).push(message);

  if (input.name && region.loadBalancerNames.some((name) => same(name, input.name)))
    add(
      "name",
      `A load balancer named ${input.name} already exists in ${region.region}: choose another name.`,
    );

  const tg = input.targetGroup;
  if (tg.mode === "existing") {
    const group = region.targetGroups.find((candidate) => candidate.arn === tg.arn);
    if (tg.arn && !group) add("targetGroup.arn", `This target group no longer exists in ${region.region}.`);
    else if (group?.vpcId && group.vpcId !== input.vpcId)
      add(
        "targetGroup.arn",
        `${group.name} is in ${group.vpcId}: choose a target group of the load balancer's VPC (${input.vpcId}).`,
      );
    else if (
      group &&
      group.loadBalancerCount > 0 &&
      input.listeners.some((listener) => listener.defaultAction.type === "forward")
    )
      warnings.push(
        `${group.name} already serves another load balancer; AWS may refuse to attach an ALB target group to a second load balancer.`,
      );
  } else if (tg.name && region.targetGroups.some((group) => same(group.name, tg.name))) {
    add(
      "targetGroup.name",
      `A target group named ${tg.name} already exists in ${region.region}: choose another name, or choose it as an existing target group.`,
    );
  }

  const sg = input.securityGroup;
  if (
    sg.mode === "create" &&
    region.securityGroups.some((group) => group.vpcId === input.vpcId && same(group.name, sg.name))
  )
    add("securityGroup.name", `The VPC already has a security group named ${sg.name}.`);

  for (const choice of region.subnets ? input.subnets : []) {
    const subnet = region.subnets?.find((candidate) => candidate.id === choice.subnetId);
    if (!subnet) add("subnets", `Subnet ${choice.subnetId} no longer exists.`);
    else if (subnet.vpcId !== input.vpcId)
      add("subnets", `Subnet ${choice.subnetId} is not in ${input.vpcId}.`);
    else if (input.scheme === "internet-facing" && !subnet.isPublic)
      warnings.push(
        `Subnet ${subnet.id} (${subnet.availabilityZone}) has no route to an internet gateway: an internet-facing load balancer in it cannot be reached from the internet.`,
      );
  }

  for (const listener of input.listeners) {
    const cert = region.certificates?.find((candidate) => candidate.arn === listener.certificateArn);
    const expiry = cert?.status === "ISSUED" ? certificateExpiryWarning(cert, now) : undefined;
    if (expiry) warnings.push(`HTTPS:${listener.port}: ${expiry.message}`);
  }

  if (input.alias && region.aliasZone !== undefined) {
    const zoneName = bare(region.aliasZone?.name ?? "");
    const recordName = bare(input.alias.recordName);
    if (region.aliasZone === null) add("alias.hostedZoneId", "This hosted zone no longer exists.");
    else if (recordName && recordName !== zoneName && !recordName.endsWith(`.${zoneName}`))
      add("alias.recordName", `The record name must be ${zoneName} or end with .${zoneName}.`);
    else if (region.aliasConflicts?.length)
      add(
        "alias.recordName",
        `${recordName} already has ${region.aliasConflicts.map((type) => `a ${type} record`).join(" and ")}: choose another name or change that record in the zone.`,
      );
  }
  return { fieldErrors, warnings };
}
