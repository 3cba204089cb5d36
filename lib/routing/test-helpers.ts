import type { ResolveInput, ResourceRecordSet } from "./types";

/** Test fixtures: compact record-set builders in the ListResourceRecordSets shape. */
export const ZONE = "example.com.";

export const soa: ResourceRecordSet = {
  Name: ZONE,
  Type: "SOA",
  TTL: 900,
  ResourceRecords: [{ Value: "ns-1.awsdns-1.org. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400" }],
};

export function rr(
  name: string,
  type: string,
  values: string[],
  extra: Partial<ResourceRecordSet> = {},
): ResourceRecordSet {
  return { Name: name, Type: type, TTL: 60, ResourceRecords: values.map((Value) => ({ Value })), ...extra };
}

export function weightedA(
  name: string,
  id: string,
  weight: number,
  value: string,
  healthCheckId?: string,
): ResourceRecordSet {
  return rr(name, "A", [value], { SetIdentifier: id, Weight: weight, HealthCheckId: healthCheckId });
}

export function alias(
  name: string,
  type: string,
  dnsName: string,
  evaluate: boolean,
  extra: Partial<ResourceRecordSet> = {},
): ResourceRecordSet {
  return {
    Name: name,
    Type: type,
    AliasTarget: { HostedZoneId: "Z2P70J7EXAMPLE", DNSName: dnsName, EvaluateTargetHealth: evaluate },
    ...extra,
  };
}

/** A random() that replays the given values in a loop. */
export function replay(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length]!;
}

export const nyc: ResolveInput["client"] = {
  latitude: 40.71,
  longitude: -74.01,
  continentCode: "NA",
  countryCode: "US",
  subdivisionCode: "NY",
};
export const paris: ResolveInput["client"] = {
  latitude: 48.86,
  longitude: 2.35,
  continentCode: "EU",
  countryCode: "FR",
};
