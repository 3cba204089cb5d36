import type { RoutingPolicyName } from "@/lib/schemas/record";

export type DetectedRoutingPolicy = RoutingPolicyName | "cidr";

/** The elements that tell the policies apart; an SDK ResourceRecordSet (or the simulator's copy of it) fits. */
export interface PolicyElements {
  Weight?: number;
  Failover?: unknown;
  GeoLocation?: unknown;
  GeoProximityLocation?: unknown;
  Region?: unknown;
  MultiValueAnswer?: unknown;
  CidrRoutingConfig?: unknown;
}

/** Which routing policy a record set uses, from the element that only that policy sets. */
export function detectRoutingPolicy<T extends PolicyElements>(rrset: T): DetectedRoutingPolicy {
  if (rrset.Weight !== undefined) return "weighted";
  if (rrset.Failover !== undefined) return "failover";
  if (rrset.GeoLocation !== undefined) return "geolocation";
  if (rrset.GeoProximityLocation !== undefined) return "geoproximity";
  if (rrset.Region !== undefined) return "latency";
  if (rrset.MultiValueAnswer !== undefined) return "multivalue";
  if (rrset.CidrRoutingConfig !== undefined) return "cidr";
  return "simple";
}
