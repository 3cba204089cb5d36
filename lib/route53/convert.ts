import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import type { RecordSetInput, RoutingPolicyInput } from "@/lib/schemas/record";
import { decodeOctalEscapes, normalizeName } from "./names";
import { detectRoutingPolicy } from "./routing-policy";
import type { ContinentCode, LatencyRegion } from "./regions";
import type { RecordType } from "./values";

/** Builds the SDK record set for a validated form input (name normalised to lowercase FQDN). */
export function toResourceRecordSet(input: RecordSetInput): ResourceRecordSet {
  const rrset: ResourceRecordSet = { Name: normalizeName(input.name), Type: input.type };
  const routing = input.routing;

  if (routing.policy !== "simple") rrset.SetIdentifier = routing.setIdentifier;
  switch (routing.policy) {
    case "simple":
      break;
    case "weighted":
      rrset.Weight = routing.weight;
      break;
    case "failover":
      rrset.Failover = routing.failover;
      break;
    case "geolocation":
      rrset.GeoLocation = {
        ...(routing.continentCode !== undefined && { ContinentCode: routing.continentCode }),
        ...(routing.countryCode !== undefined && { CountryCode: routing.countryCode }),
        ...(routing.subdivisionCode !== undefined && { SubdivisionCode: routing.subdivisionCode }),
      };
      break;
    case "geoproximity":
      rrset.GeoProximityLocation = {
        ...(routing.awsRegion !== undefined && { AWSRegion: routing.awsRegion }),
        ...(routing.localZoneGroup !== undefined && { LocalZoneGroup: routing.localZoneGroup }),
        ...(routing.coordinates !== undefined && {
          Coordinates: { Latitude: routing.coordinates.latitude, Longitude: routing.coordinates.longitude },
        }),
        Bias: routing.bias,
      };
      break;
    case "latency":
      rrset.Region = routing.region;
      break;
    case "multivalue":
      rrset.MultiValueAnswer = true;
      break;
  }

  if (input.alias) {
    rrset.AliasTarget = {
      HostedZoneId: input.alias.hostedZoneId,
      DNSName: normalizeName(input.alias.dnsName),
      EvaluateTargetHealth: input.alias.evaluateTargetHealth,
    };
  } else {
    rrset.TTL = input.ttl;
    rrset.ResourceRecords = input.values.map((value) => ({ Value: value }));
  }
  if (input.healthCheckId !== undefined) rrset.HealthCheckId = input.healthCheckId;
  return rrset;
}

function routingFromResourceRecordSet(rrset: ResourceRecordSet): RoutingPolicyInput {
  const setIdentifier = rrset.SetIdentifier ?? "";
  switch (detectRoutingPolicy(rrset)) {
    case "weighted":
      return { policy: "weighted", setIdentifier, weight: rrset.Weight ?? 0 };
    case "failover":
      return { policy: "failover", setIdentifier, failover: rrset.Failover ?? "PRIMARY" };
    case "geolocation": {
      const geo = rrset.GeoLocation ?? {};
      return {
        policy: "geolocation",
        setIdentifier,
        continentCode: geo.ContinentCode as ContinentCode | undefined,
        countryCode: geo.CountryCode,
        subdivisionCode: geo.SubdivisionCode,
      };
    }
    case "geoproximity": {
      const prox = rrset.GeoProximityLocation ?? {};
      return {
        policy: "geoproximity",
        setIdentifier,
        awsRegion: prox.AWSRegion,
        localZoneGroup: prox.LocalZoneGroup,
        coordinates: prox.Coordinates
          ? { latitude: prox.Coordinates.Latitude ?? "", longitude: prox.Coordinates.Longitude ?? "" }
          : undefined,
        bias: prox.Bias ?? 0,
      };
    }
    case "latency":
      return { policy: "latency", setIdentifier, region: rrset.Region as LatencyRegion };
    case "multivalue":
      return { policy: "multivalue", setIdentifier };
    case "cidr":
    case "simple":
      return { policy: "simple" };
  }
}

/** Form input for an SDK record set as ListResourceRecordSets returns it (`\052` decoded, trailing dot kept). */
export function fromResourceRecordSet(rrset: ResourceRecordSet): RecordSetInput {
  return {
    name: decodeOctalEscapes(rrset.Name ?? "").toLowerCase(),
    type: rrset.Type as RecordType,
    ttl: rrset.AliasTarget ? undefined : rrset.TTL,
    values: (rrset.ResourceRecords ?? []).map((record) => record.Value ?? ""),
    alias: rrset.AliasTarget
      ? {
          hostedZoneId: rrset.AliasTarget.HostedZoneId ?? "",
          dnsName: rrset.AliasTarget.DNSName ?? "",
          evaluateTargetHealth: rrset.AliasTarget.EvaluateTargetHealth ?? false,
        }
      : undefined,
    healthCheckId: rrset.HealthCheckId,
    routing: routingFromResourceRecordSet(rrset),
  };
}
