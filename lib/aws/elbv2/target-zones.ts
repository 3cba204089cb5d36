import "server-only";

import { listInstances } from "../ec2/instances";
import { listSubnets } from "../ec2/subnets";
import type { TargetHealthEntry } from "@/lib/alb/domain";

const isInstanceId = (id: string) => /^i-[0-9a-f]+$/.test(id);

/**
 * Fills in each instance target's Availability Zone, which DescribeTargetHealth leaves out for instances (it only
 * reports one for IP targets outside the VPC): the zone of the instance's subnet, or its placement when the subnet
 * cannot be read. A failed EC2 read leaves the entries as AWS gave them rather than failing the page.
 */
export async function withTargetZones(
  region: string,
  entries: TargetHealthEntry[],
): Promise<TargetHealthEntry[]> {
  const instanceIds = [
    ...new Set(
      entries
        .filter((entry) => !entry.availabilityZone && isInstanceId(entry.targetId))
        .map((entry) => entry.targetId),
    ),
  ];
  if (instanceIds.length === 0) return entries;
  try {
    const instances = await listInstances(region, { instanceIds });
    const subnetIds = [
      ...new Set(instances.map((instance) => instance.subnetId).filter((id): id is string => Boolean(id))),
    ];
    const subnets = subnetIds.length ? await listSubnets(region, { subnetIds }).catch(() => []) : [];
    const zoneOf = new Map(
      instances.map((instance) => [
        instance.id,
        subnets.find((subnet) => subnet.id === instance.subnetId)?.availabilityZone ??
          instance.availabilityZone,
      ]),
    );
    return entries.map((entry) =>
      entry.availabilityZone ? entry : { ...entry, availabilityZone: zoneOf.get(entry.targetId) },
    );
  } catch {
    return entries;
  }
}
