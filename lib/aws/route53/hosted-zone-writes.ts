import "server-only";

import type { ResourceRecordSet, VPCRegion } from "@aws-sdk/client-route-53";
import {
  CreateHostedZoneCommand,
  DeleteHostedZoneCommand,
  paginateListHostedZones,
} from "@aws-sdk/client-route-53";
import { randomUUID } from "node:crypto";

import { isZoneApex, normalizeName } from "@/lib/route53/names";
import type { HostedZoneInput } from "@/lib/schemas/hosted-zone";

import { clients } from "../clients";
import { AwsError, callAws, toAwsError } from "../errors";
import { bareZoneId, getHostedZone } from "./hosted-zones";
import { listAllRecordSets } from "./list-record-sets";

export interface CreatedHostedZone {
  id: string;
  name: string;
  isPrivate: boolean;
  nameServers: string[];
}

/** The zone an earlier CreateHostedZone with this CallerReference made, if there is one. */
async function zoneWithCallerReference(callerReference: string): Promise<CreatedHostedZone | undefined> {
  try {
    for await (const page of paginateListHostedZones({ client: clients.route53() }, { MaxItems: 100 })) {
      const zone = (page.HostedZones ?? []).find((item) => item.CallerReference === callerReference);
      if (zone) {
        const full = await getHostedZone(bareZoneId(zone.Id ?? ""));
        return {
          id: bareZoneId(zone.Id ?? ""),
          name: zone.Name ?? "",
          isPrivate: zone.Config?.PrivateZone ?? false,
          nameServers: full?.nameServers ?? [],
        };
      }
    }
  } catch (error) {
    throw toAwsError(error, "list the hosted zones");
  }
  return undefined;
}

/**
 * Creates a public zone, or a private zone attached to one VPC (Route 53 needs the VPC at creation).
 * `idempotencyKey` makes the CallerReference: a retried submit that Route 53 answers with HostedZoneAlreadyExists
 * returns the zone the first try created instead of failing or making a second one.
 */
export async function createHostedZone(
  input: HostedZoneInput,
  idempotencyKey: string = randomUUID(),
): Promise<CreatedHostedZone & { alreadyCreated?: boolean }> {
  const callerReference = `routeboard-${idempotencyKey}`;
  const response = await callAws("create the hosted zone", () =>
    clients.route53().send(
      new CreateHostedZoneCommand({
        Name: input.name,
        CallerReference: callerReference,
        HostedZoneConfig: { Comment: input.comment, PrivateZone: input.isPrivate },
        VPC:
          input.isPrivate && input.vpcId
            ? { VPCId: input.vpcId, VPCRegion: input.vpcRegion as VPCRegion }
            : undefined,
      }),
    ),
  ).catch(async (error: unknown) => {
    if (error instanceof AwsError && error.code === "HostedZoneAlreadyExists") {
      const earlier = await zoneWithCallerReference(callerReference);
      if (earlier) return { earlier };
    }
    throw error;
  });
  if ("earlier" in response) return { ...response.earlier, alreadyCreated: true };
  return {
    id: bareZoneId(response.HostedZone?.Id ?? ""),
    name: response.HostedZone?.Name ?? normalizeName(input.name),
    isPrivate: input.isPrivate,
    nameServers: response.DelegationSet?.NameServers ?? [],
  };
}

/** The records that keep a zone from being deleted: everything except the apex NS and SOA that Route 53 manages. */
export function recordsBlockingDelete(
  zoneName: string,
  records: readonly ResourceRecordSet[],
): ResourceRecordSet[] {
  return records.filter(
    (rrset) => !(isZoneApex(rrset.Name ?? "", zoneName) && (rrset.Type === "NS" || rrset.Type === "SOA")),
  );
}

function describeRecords(records: readonly ResourceRecordSet[]): string {
  const shown = records
    .slice(0, 3)
    .map((r) => `${r.Name ?? ""} ${r.Type ?? ""}${r.SetIdentifier ? ` (${r.SetIdentifier})` : ""}`);
  const more = records.length > 3 ? ` and ${records.length - 3} more` : "";
  return `${shown.join(", ")}${more}`;
}

/** The refusal for a zone that still has records, worded for an operator. */
export function zoneNotEmptyError(zoneName: string, blocking?: readonly ResourceRecordSet[]): AwsError {
  const what =
    blocking && blocking.length > 0
      ? `${blocking.length.toLocaleString("en-US")} record set${blocking.length === 1 ? "" : "s"} besides its NS and SOA records (${describeRecords(blocking)})`
      : "records besides its NS and SOA records";
  return new AwsError({
    kind: "conflict",
    code: "HostedZoneNotEmpty",
    message: `The hosted zone ${zoneName} can't be deleted: it still has ${what}. Route 53 deletes only empty zones, so delete those records first.`,
  });
}

/**
 * Deletes a hosted zone after checking it holds nothing but its apex NS and SOA; refuses (sending nothing) when it
 * does, naming the records. Route 53's own `HostedZoneNotEmpty` (a record created in between) gets the same wording.
 */
export async function deleteHostedZone(zoneId: string): Promise<{ name: string }> {
  const zone = await getHostedZone(zoneId);
  if (!zone) {
    throw new AwsError({
      kind: "not-found",
      code: "NoSuchHostedZone",
      message: "Could not delete the hosted zone: it no longer exists. Someone else may have deleted it.",
    });
  }

  const blocking = recordsBlockingDelete(zone.name, await listAllRecordSets(zoneId));
  if (blocking.length > 0) throw zoneNotEmptyError(zone.name, blocking);

  try {
    await callAws("delete the hosted zone", () =>
      clients.route53().send(new DeleteHostedZoneCommand({ Id: zoneId })),
    );
  } catch (error) {
    if (error instanceof AwsError && error.code === "HostedZoneNotEmpty") throw zoneNotEmptyError(zone.name);
    throw error;
  }
  return { name: zone.name };
}
