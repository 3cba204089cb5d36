import "server-only";

import {
  checkAgainstRegion,
  type RegionCheck,
  type RegionSnapshot,
} from "@/lib/alb/create-flow/region-checks";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { listCertificates } from "@/lib/aws/acm/certificates";
import { listSecurityGroups } from "@/lib/aws/ec2/security-groups";
import { listSubnets } from "@/lib/aws/ec2/subnets";
import { listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { listTargetGroups } from "@/lib/aws/elbv2/target-groups";
import { aliasRecordSetsFor, findAliasConflicts } from "@/lib/aws/route53/alias-records";
import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import { createAlbWizardSchemaFor, type CreateAlbWizardInput } from "@/lib/schemas/load-balancer";
import { nowMs } from "@/lib/time";

/** The alias's zone and the records already at its name (only when the name is inside the zone). */
async function readAlias(alias: NonNullable<CreateAlbWizardInput["alias"]>, ipAddressType: string) {
  const zone = await getHostedZone(alias.hostedZoneId);
  if (!zone) return { aliasZone: null };
  const zoneName = zone.name.replace(/\.$/, "").toLowerCase();
  const recordName = alias.recordName.replace(/\.$/, "").toLowerCase();
  if (recordName !== zoneName && !recordName.endsWith(`.${zoneName}`)) return { aliasZone: zone };
  const planned = aliasRecordSetsFor(alias.recordName, {
    dnsName: "pending.invalid",
    canonicalHostedZoneId: "",
    ipAddressType,
  });
  const conflicts = await findAliasConflicts(alias.hostedZoneId, planned);
  return { aliasZone: zone, aliasConflicts: conflicts.map((record) => record.Type ?? "?") };
}

/** The region as it is now, as far as the wizard's choices can collide with it. */
async function readRegionSnapshot(region: string, input: CreateAlbWizardInput): Promise<RegionSnapshot> {
  const [certificates, lbs, targetGroups, securityGroups, subnets, alias] = await Promise.all([
    input.listeners.some((listener) => listener.protocol === "HTTPS") ? listCertificates(region) : [],
    listLoadBalancers(region, { names: [input.name] }),
    listTargetGroups(region),
    input.securityGroup.mode === "create" ? listSecurityGroups(region, { vpcId: input.vpcId }) : [],
    listSubnets(region, { subnetIds: input.subnets.map((subnet) => subnet.subnetId) }),
    input.alias ? readAlias(input.alias, input.ipAddressType) : {},
  ]);
  return {
    region,
    loadBalancerNames: lbs.map((lb) => lb.name),
    targetGroups: targetGroups.map((group) => ({
      arn: group.arn,
      name: group.name,
      ...(group.vpcId ? { vpcId: group.vpcId } : {}),
      loadBalancerCount: group.loadBalancerArns.length,
    })),
    securityGroups,
    subnets,
    certificates,
    ...alias,
  };
}

/**
 * The wizard checked against the region as it is now, for the review and again right before creating: certificate
 * statuses through the schema, then checkAgainstRegion (lib/alb/create-flow/region-checks) on fresh reads.
 */
export async function checkWizardLive(region: string, input: CreateAlbWizardInput): Promise<RegionCheck> {
  const snapshot = await readRegionSnapshot(region, input);
  const statuses = Object.fromEntries((snapshot.certificates ?? []).map((cert) => [cert.arn, cert.status]));
  const parsed = createAlbWizardSchemaFor({ certificates: { statuses } }).safeParse(input);
  const check = checkAgainstRegion(input, snapshot, nowMs());
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  for (const [key, messages] of Object.entries(check.fieldErrors))
    (fieldErrors[key] ??= []).push(...messages);
  return { fieldErrors, warnings: check.warnings };
}
