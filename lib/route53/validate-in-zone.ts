import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import type { RecordSetInput } from "@/lib/schemas/record";
import { toResourceRecordSet } from "./convert";
import { MAX_GEOPROXIMITY_RECORDS, MAX_RECORDS_PER_POLICY_GROUP } from "./limits";
import { isNameInZone, isZoneApex, normalizeName } from "./names";
import { nameTypeKey, recordKey } from "./record-key";
import { detectRoutingPolicy, ROUTING_POLICY_WORDS } from "./routing-policy";

export type FieldErrors = Record<string, string[]>;

export interface ValidateInZoneOptions {
  /** Key (`recordKey`) of the loaded record being edited: it is replaced, so it doesn't conflict with itself. */
  originalKey?: string;
}

function geoLocationKey(rrset: ResourceRecordSet): string {
  const geo = rrset.GeoLocation ?? {};
  return `${geo.ContinentCode ?? ""}/${geo.CountryCode ?? ""}/${geo.SubdivisionCode ?? ""}`;
}

function geoLocationPath(input: RecordSetInput): string {
  if (input.routing.policy !== "geolocation") return "routing";
  if (input.routing.subdivisionCode !== undefined) return "routing.subdivisionCode";
  return input.routing.continentCode !== undefined ? "routing.continentCode" : "routing.countryCode";
}

/** Rules that depend on the other records in the zone (DG "Quotas", "Choosing a routing policy", "Supported DNS record types" › CNAME). */
export function validateRecordSetInZone(
  candidate: RecordSetInput,
  existingRecordSets: readonly ResourceRecordSet[],
  zoneName: string,
  options: ValidateInZoneOptions = {},
): FieldErrors {
  const errors: FieldErrors = {};
  const add = (path: string, message: string) => (errors[path] ??= []).push(message);
  const rrset = toResourceRecordSet(candidate);
  const name = normalizeName(candidate.name);
  const policy = detectRoutingPolicy(rrset);

  if (!isNameInZone(name, zoneName)) {
    add("name", `The record name must be ${normalizeName(zoneName)} or end in .${normalizeName(zoneName)}`);
    return errors;
  }

  const others = existingRecordSets.filter((other) => recordKey(other) !== options.originalKey);
  const atName = others.filter((other) => normalizeName(other.Name ?? "") === name);
  const group = atName.filter((other) => nameTypeKey(other) === nameTypeKey(rrset));

  // API Reference, ResourceRecordSet › SetIdentifier: unique per name and type.
  if (group.some((other) => recordKey(other) === recordKey(rrset))) {
    if (policy === "simple")
      add("name", `A ${candidate.type} record named ${name} already exists: edit that record instead.`);
    else
      add(
        "routing.setIdentifier",
        `Another ${candidate.type} record named ${name} already uses the record ID "${rrset.SetIdentifier}".`,
      );
  }

  // One routing policy per name and type ("a non-weighted set exists with the same name and type").
  const otherPolicies = new Set(group.map(detectRoutingPolicy));
  otherPolicies.delete(policy);
  const [conflict] = otherPolicies;
  if (conflict !== undefined) {
    add(
      "routing.policy",
      `${name} ${candidate.type} already has ${ROUTING_POLICY_WORDS[conflict]} records; records with the same name and type must all use one routing policy.`,
    );
  } else if (policy === "simple" && group.length > 0 && !errors.name) {
    add(
      "name",
      `A ${candidate.type} record named ${name} already exists: a simple record can't share its name and type.`,
    );
  }

  // DG "Supported DNS record types" › CNAME: not at the zone apex, and no other record at the same name.
  if (candidate.type === "CNAME" && isZoneApex(name, zoneName)) {
    add(
      "type",
      "A CNAME can't be at the zone apex; use an alias record to point the apex at an AWS resource.",
    );
  } else if (candidate.type === "CNAME" && atName.some((other) => other.Type !== "CNAME")) {
    const types = [...new Set(atName.filter((o) => o.Type !== "CNAME").map((o) => o.Type))].join(", ");
    add("type", `${name} already has ${types} records; a CNAME can't share its name with any other record.`);
  } else if (candidate.type !== "CNAME" && atName.some((other) => other.Type === "CNAME")) {
    add("type", `${name} is a CNAME; no other record can have the same name.`);
  }

  // API Reference, ResourceRecordSet: alias records omit TTL and ResourceRecords; AliasTarget › EvaluateTargetHealth.
  if (candidate.alias && (candidate.ttl !== undefined || candidate.values.length > 0)) {
    add(candidate.ttl !== undefined ? "ttl" : "values", "An alias record has no TTL or values of its own.");
  }
  if (policy === "failover" && candidate.alias && !candidate.alias.evaluateTargetHealth) {
    add("alias.evaluateTargetHealth", "A failover alias record must evaluate target health.");
  }
  if (policy === "multivalue" && candidate.alias)
    add("alias", "A multivalue answer record can't be an alias.");

  const samePolicy = group.filter(
    (other) => detectRoutingPolicy(other) === policy && recordKey(other) !== recordKey(rrset),
  );

  // DG "Quotas" › Quotas on records.
  const limit = policy === "geoproximity" ? MAX_GEOPROXIMITY_RECORDS : MAX_RECORDS_PER_POLICY_GROUP;
  const isLimited = ["weighted", "latency", "geolocation", "multivalue", "geoproximity"].includes(policy);
  if (isLimited && samePolicy.length + 1 > limit) {
    add(
      "routing.policy",
      `${name} ${candidate.type} can have at most ${limit} ${ROUTING_POLICY_WORDS[policy]} records; it already has ${samePolicy.length}.`,
    );
  }

  // One latency record per Region, one geolocation record per location (per name and type).
  if (policy === "latency" && samePolicy.some((other) => other.Region === rrset.Region)) {
    add("routing.region", `${name} ${candidate.type} already has a latency record for ${rrset.Region}.`);
  }
  if (
    policy === "geolocation" &&
    samePolicy.some((other) => geoLocationKey(other) === geoLocationKey(rrset))
  ) {
    add(
      geoLocationPath(candidate),
      `${name} ${candidate.type} already has a geolocation record for this location.`,
    );
  }

  // Failover: at most one PRIMARY and one SECONDARY.
  if (policy === "failover" && samePolicy.some((other) => other.Failover === rrset.Failover)) {
    add(
      "routing.failover",
      `${name} ${candidate.type} already has a ${rrset.Failover?.toLowerCase()} failover record.`,
    );
  }
  return errors;
}
