import type { HostedZone } from "@aws-sdk/client-route-53";
import { GetHostedZoneCommand, paginateListHostedZones } from "@aws-sdk/client-route-53";

import { clients } from "../clients";
import { callAws, toAwsError } from "../errors";
import { undefinedWhenMissing } from "../when-missing";

export interface HostedZoneSummary {
  id: string;
  name: string;
  isPrivate: boolean;
  recordCount: number;
  comment?: string;
}

/** The bare id ("Z123") from Route 53's "/hostedzone/Z123" form. */
export function bareZoneId(id: string): string {
  return id.replace(/^\/hostedzone\//, "");
}

function toSummary(zone: HostedZone): HostedZoneSummary {
  return {
    id: bareZoneId(zone.Id ?? ""),
    name: zone.Name ?? "",
    isPrivate: zone.Config?.PrivateZone ?? false,
    recordCount: zone.ResourceRecordSetCount ?? 0,
    comment: zone.Config?.Comment || undefined,
  };
}

/** Every hosted zone of the account. */
export async function listHostedZones(): Promise<HostedZoneSummary[]> {
  const zones: HostedZoneSummary[] = [];
  try {
    for await (const page of paginateListHostedZones({ client: clients.route53() }, { MaxItems: 100 })) {
      zones.push(...(page.HostedZones ?? []).map(toSummary));
    }
  } catch (error) {
    throw toAwsError(error, "list the hosted zones");
  }
  return zones;
}

/** One hosted zone with its VPC associations, or undefined when it does not exist. */
export async function getHostedZone(
  hostedZoneId: string,
): Promise<
  (HostedZoneSummary & { vpcs: { region: string; vpcId: string }[]; nameServers: string[] }) | undefined
> {
  const response = await undefinedWhenMissing(() =>
    callAws("read the hosted zone", () =>
      clients.route53().send(new GetHostedZoneCommand({ Id: hostedZoneId })),
    ),
  );
  if (!response?.HostedZone) return undefined;
  return {
    ...toSummary(response.HostedZone),
    vpcs: (response.VPCs ?? []).map((vpc) => ({ region: vpc.VPCRegion ?? "", vpcId: vpc.VPCId ?? "" })),
    nameServers: response.DelegationSet?.NameServers ?? [],
  };
}
