import type { ResourceRecordSet } from "@aws-sdk/client-route-53";

import { decodeOctalEscapes } from "@/lib/route53/names";
import { detectRoutingPolicy, ROUTING_POLICIES, type RoutingPolicy } from "@/lib/route53/routing-policy";

export { ROUTING_POLICIES, type RoutingPolicy };

/** One row of the records table: a record set flattened for display and filtering. */
export interface RecordRow {
  key: string;
  name: string;
  type: string;
  policy: RoutingPolicy;
  setIdentifier?: string;
  ttl?: number;
  values: string[];
  alias?: { dnsName: string; hostedZoneId: string; evaluateTargetHealth: boolean };
  /** The policy's own fields in words, e.g. "weight 90", "PRIMARY", "country US". */
  policyDetail: string;
  healthCheckId?: string;
  /** Lower-cased text every filter term is matched against. */
  searchText: string;
}

function geolocationDetail(set: ResourceRecordSet): string {
  const geo = set.GeoLocation ?? {};
  if (geo.CountryCode === "*") return "default (any location)";
  if (geo.SubdivisionCode) return `subdivision ${geo.CountryCode ?? ""}-${geo.SubdivisionCode}`;
  if (geo.CountryCode) return `country ${geo.CountryCode}`;
  return `continent ${geo.ContinentCode ?? "?"}`;
}

function geoproximityDetail(set: ResourceRecordSet): string {
  const location = set.GeoProximityLocation ?? {};
  const where = location.AWSRegion
    ? `region ${location.AWSRegion}`
    : location.LocalZoneGroup
      ? `local zone ${location.LocalZoneGroup}`
      : `coordinates ${location.Coordinates?.Latitude ?? "?"}, ${location.Coordinates?.Longitude ?? "?"}`;
  return `${where}, bias ${location.Bias ?? 0}`;
}

function policyDetailOf(set: ResourceRecordSet, policy: RoutingPolicy): string {
  switch (policy) {
    case "weighted":
      return `weight ${set.Weight ?? 0}`;
    case "failover":
      return set.Failover ?? "";
    case "geolocation":
      return geolocationDetail(set);
    case "geoproximity":
      return geoproximityDetail(set);
    case "latency":
      return `region ${set.Region ?? ""}`;
    case "multivalue":
      return "multivalue answer";
    case "cidr":
      return `CIDR collection ${set.CidrRoutingConfig?.CollectionId ?? ""} / ${set.CidrRoutingConfig?.LocationName ?? ""}`;
    case "simple":
      return "";
  }
}

/** Flattens a Route 53 record set into a table row. */
export function toRecordRow(set: ResourceRecordSet): RecordRow {
  const name = decodeOctalEscapes(set.Name ?? "");
  const type = set.Type ?? "";
  const policy = detectRoutingPolicy(set);
  const values = (set.ResourceRecords ?? []).map((record) => record.Value ?? "");
  const alias = set.AliasTarget
    ? {
        dnsName: set.AliasTarget.DNSName ?? "",
        hostedZoneId: set.AliasTarget.HostedZoneId ?? "",
        evaluateTargetHealth: set.AliasTarget.EvaluateTargetHealth ?? false,
      }
    : undefined;
  const policyDetail = policyDetailOf(set, policy);
  const searchText = [
    name,
    type,
    policy,
    set.SetIdentifier ?? "",
    policyDetail,
    set.HealthCheckId ?? "",
    alias?.dnsName ?? "",
    ...values,
  ]
    .join(" ")
    .toLowerCase();

  return {
    key: `${name}|${type}|${set.SetIdentifier ?? ""}`,
    name,
    type,
    policy,
    setIdentifier: set.SetIdentifier,
    ttl: set.TTL,
    values,
    alias,
    policyDetail,
    healthCheckId: set.HealthCheckId,
    searchText,
  };
}
