import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import type { RoutingPolicyName } from "@/lib/schemas/record";

export type DetectedRoutingPolicy = RoutingPolicyName | "cidr";

/** Which routing policy an SDK record set uses, from the element that only that policy sets. */
export function detectRoutingPolicy(rrset: ResourceRecordSet): DetectedRoutingPolicy {
  if (rrset.Weight !== undefined) return "weighted";
  if (rrset.Failover !== undefined) return "failover";
  if (rrset.GeoLocation !== undefined) return "geolocation";
  if (rrset.GeoProximityLocation !== undefined) return "geoproximity";
  if (rrset.Region !== undefined) return "latency";
  if (rrset.MultiValueAnswer !== undefined) return "multivalue";
  if (rrset.CidrRoutingConfig !== undefined) return "cidr";
  return "simple";
}
