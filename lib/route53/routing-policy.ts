/**
 * Every routing policy Route 53 has, in the order the console lists them. "cidr" is what the AWS console calls
 * IP-based routing (the record's CidrRoutingConfig element); the editable ones are `RoutingPolicyName` in lib/schemas.
 */
export const ROUTING_POLICIES = [
  "simple",
  "weighted",
  "failover",
  "geolocation",
  "geoproximity",
  "latency",
  "multivalue",
  "cidr",
] as const;

export type RoutingPolicy = (typeof ROUTING_POLICIES)[number];

/** The policy `detectRoutingPolicy` reports (every policy). */
export type DetectedRoutingPolicy = RoutingPolicy;

/** A policy in words, for explanations ("multivalue answer", "IP-based"). */
export const ROUTING_POLICY_WORDS: Record<RoutingPolicy, string> = {
  simple: "simple",
  weighted: "weighted",
  failover: "failover",
  geolocation: "geolocation",
  geoproximity: "geoproximity",
  latency: "latency",
  multivalue: "multivalue answer",
  cidr: "IP-based",
};

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
