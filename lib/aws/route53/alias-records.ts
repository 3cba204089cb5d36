import "server-only";

import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { ListResourceRecordSetsCommand } from "@aws-sdk/client-route-53";

import type { LoadBalancerSummary } from "@/lib/aws/elbv2/types";
import { normalizeName } from "@/lib/route53/names";
import { nameTypeKey } from "@/lib/route53/record-key";

import { clients } from "../clients";
import { callAws } from "../errors";
import { type ApplyOutcome, applyRecordChanges } from "./apply-record-changes";

export type AliasTargetLoadBalancer = Pick<
  LoadBalancerSummary,
  "dnsName" | "canonicalHostedZoneId" | "ipAddressType"
>;

export interface AliasOptions {
  /** Route 53 answers only while the ALB has healthy targets (DG "Evaluate target health"). Default true. */
  evaluateTargetHealth?: boolean;
  /** Also an AAAA alias; defaults to true for a dualstack ALB, which has IPv6 addresses. */
  includeAaaa?: boolean;
}

/** True when the ALB answers on IPv6, so an AAAA alias to it makes sense. */
export function isDualstack(lb: Pick<LoadBalancerSummary, "ipAddressType">): boolean {
  return lb.ipAddressType.startsWith("dualstack");
}

/**
 * The simple alias record sets pointing `name` at the ALB: an A, and an AAAA for a dualstack ALB. The alias target
 * is the ALB's DNSName in its CanonicalHostedZoneId (API Reference, AliasTarget) — not the zone of the record.
 */
export function aliasRecordSetsFor(
  name: string,
  lb: AliasTargetLoadBalancer,
  options: AliasOptions = {},
): ResourceRecordSet[] {
  const includeAaaa = options.includeAaaa ?? isDualstack(lb);
  const aliasTarget = {
    DNSName: normalizeName(lb.dnsName),
    HostedZoneId: lb.canonicalHostedZoneId,
    EvaluateTargetHealth: options.evaluateTargetHealth ?? true,
  };
  const types = includeAaaa ? (["A", "AAAA"] as const) : (["A"] as const);
  return types.map((Type) => ({ Name: normalizeName(name), Type, AliasTarget: { ...aliasTarget } }));
}

/** Records already at the name that the alias would clash with: the same type, or a CNAME (which owns its name). */
export async function findAliasConflicts(
  zoneId: string,
  planned: readonly ResourceRecordSet[],
): Promise<ResourceRecordSet[]> {
  const name = normalizeName(planned[0]?.Name ?? "");
  // Records of one name are contiguous in Route 53's order; starting at the name without a type reads them first.
  const response = await callAws("read the records at the name", () =>
    clients
      .route53()
      .send(
        new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, StartRecordName: name, MaxItems: 300 }),
      ),
  );
  const wanted = new Set(planned.map(nameTypeKey));
  return (response.ResourceRecordSets ?? []).filter(
    (rrset) =>
      normalizeName(rrset.Name ?? "") === name && (wanted.has(nameTypeKey(rrset)) || rrset.Type === "CNAME"),
  );
}

/**
 * Creates the A (and for a dualstack ALB the AAAA) alias from `name` in the zone to the load balancer, as CREATE
 * changes in one atomic batch through `applyRecordChanges`: if a record already exists there it refuses and nothing
 * changes.
 */
export async function createAliasToLoadBalancer(
  zoneId: string,
  name: string,
  lb: AliasTargetLoadBalancer,
  options: AliasOptions = {},
): Promise<ApplyOutcome & { recordSets: ResourceRecordSet[] }> {
  const recordSets = aliasRecordSetsFor(name, lb, options);
  const outcome = await applyRecordChanges(
    zoneId,
    recordSets.map((after) => ({ kind: "create", after })),
    { comment: `Routeboard: alias ${normalizeName(name)} to ${lb.dnsName}` },
  );
  return { ...outcome, recordSets };
}
