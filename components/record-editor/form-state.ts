import type { ResourceRecordSet } from "@/lib/records-view/types";
import { fromResourceRecordSet } from "@/lib/route53/convert";
import { absoluteName, normalizeName, relativeName } from "@/lib/route53/names";
import type { RecordType } from "@/lib/route53/values";
import type { RoutingPolicyName } from "@/lib/schemas/record";
import type { RecordChangeFormValues } from "@/lib/schemas/record-change";
import type { CarriedRecord, CarriedValue } from "@/lib/simulator/carry-params";

export type ProximityKind = "region" | "localZone" | "coordinates";
export type AliasKind = "alb" | "record";

/** Everything the record editor's fields hold, as the strings the inputs show. */
export interface EditorState {
  name: string;
  type: RecordType;
  policy: RoutingPolicyName;
  setIdentifier: string;
  weight: string;
  failover: "PRIMARY" | "SECONDARY";
  /** "" (not chosen), "default", "continent:EU", "country:DE" or "subdivision:US-WA". */
  geoLocation: string;
  proximityKind: ProximityKind;
  awsRegion: string;
  localZoneGroup: string;
  latitude: string;
  longitude: string;
  bias: string;
  region: string;
  ttl: string;
  values: string;
  isAlias: boolean;
  aliasKind: AliasKind;
  /** The alias target's DNS name and hosted zone id (from the ALB list or a record of this zone). */
  aliasDnsName: string;
  aliasHostedZoneId: string;
  evaluateTargetHealth: boolean;
  healthCheckId: string;
}

export const EMPTY_STATE: EditorState = {
  name: "",
  type: "A",
  policy: "simple",
  setIdentifier: "",
  weight: "",
  failover: "PRIMARY",
  geoLocation: "",
  proximityKind: "region",
  awsRegion: "",
  localZoneGroup: "",
  latitude: "",
  longitude: "",
  bias: "0",
  region: "",
  ttl: "300",
  values: "",
  isAlias: false,
  aliasKind: "alb",
  aliasDnsName: "",
  aliasHostedZoneId: "",
  evaluateTargetHealth: true,
  healthCheckId: "",
};

/** The name field is relative to the zone; a name that already ends in the zone (with or without the dot) is kept. */
export function fullRecordName(value: string, zoneName: string): string {
  const typed = value.trim();
  const zone = normalizeName(zoneName);
  if (typed === "" || typed === "@") return zone;
  if (typed.endsWith(".")) return normalizeName(typed);
  const asAbsolute = normalizeName(typed);
  if (asAbsolute === zone || asAbsolute.endsWith(`.${zone}`)) return asAbsolute;
  return absoluteName(typed, zone);
}

function geoLocationValue(geo: {
  continentCode?: string;
  countryCode?: string;
  subdivisionCode?: string;
}): string {
  if (geo.countryCode === "*") return "default";
  if (geo.subdivisionCode && geo.countryCode) return `subdivision:${geo.countryCode}-${geo.subdivisionCode}`;
  if (geo.countryCode) return `country:${geo.countryCode}`;
  if (geo.continentCode) return `continent:${geo.continentCode}`;
  return "";
}

function geoLocationFields(value: string): {
  continentCode?: string;
  countryCode?: string;
  subdivisionCode?: string;
} {
  if (value === "default") return { countryCode: "*" };
  const [kind, code = ""] = value.split(":");
  if (kind === "continent") return { continentCode: code };
  if (kind === "country") return { countryCode: code };
  if (kind === "subdivision") {
    const [country, subdivision] = code.split("-");
    return { countryCode: country, subdivisionCode: subdivision };
  }
  return {};
}

/** The editor's fields for a loaded record (edit), relative to the zone. */
export function stateFromRecordSet(rrset: ResourceRecordSet, zoneName: string, zoneId: string): EditorState {
  const input = fromResourceRecordSet(rrset);
  const routing = input.routing;
  const state: EditorState = {
    ...EMPTY_STATE,
    name: relativeName(input.name, zoneName) === "@" ? "" : relativeName(input.name, zoneName),
    type: input.type,
    policy: routing.policy,
    ttl: input.ttl !== undefined ? String(input.ttl) : "",
    values: input.values.join("\n"),
    healthCheckId: input.healthCheckId ?? "",
  };
  if (routing.policy !== "simple") state.setIdentifier = routing.setIdentifier;
  if (routing.policy === "weighted") state.weight = String(routing.weight);
  if (routing.policy === "failover") state.failover = routing.failover;
  if (routing.policy === "geolocation") state.geoLocation = geoLocationValue(routing);
  if (routing.policy === "latency") state.region = routing.region;
  if (routing.policy === "geoproximity") {
    state.bias = String(routing.bias);
    if (routing.awsRegion) Object.assign(state, { proximityKind: "region", awsRegion: routing.awsRegion });
    else if (routing.localZoneGroup)
      Object.assign(state, { proximityKind: "localZone", localZoneGroup: routing.localZoneGroup });
    else if (routing.coordinates) {
      Object.assign(state, {
        proximityKind: "coordinates",
        latitude: routing.coordinates.latitude,
        longitude: routing.coordinates.longitude,
      });
    }
  }
  if (input.alias) {
    Object.assign(state, {
      isAlias: true,
      aliasKind: input.alias.hostedZoneId === zoneId ? "record" : "alb",
      aliasDnsName: normalizeName(input.alias.dnsName),
      aliasHostedZoneId: input.alias.hostedZoneId,
      evaluateTargetHealth: input.alias.evaluateTargetHealth,
      ttl: "",
      values: "",
    });
  }
  return state;
}

/**
 * The editor's starting fields: the loaded record (edit) or the empty form (create), with the values a simulator
 * draft carried laid over them, and which values those were for the note above the form. Editing takes only a
 * weight or bias, and only where the record's policy has one.
 */
export function initialEditorState(
  zone: { id: string; name: string },
  before: ResourceRecordSet | undefined,
  draft: CarriedRecord | undefined,
): { state: EditorState; carried: CarriedValue[] } {
  const carried: CarriedValue[] = [];
  if (before) {
    const state = stateFromRecordSet(before, zone.name, zone.id);
    if (draft?.weight !== undefined && state.policy === "weighted") {
      carried.push({ label: "weight", from: state.weight, to: String(draft.weight) });
      state.weight = String(draft.weight);
    }
    if (draft?.bias !== undefined && state.policy === "geoproximity") {
      carried.push({ label: "bias", from: state.bias, to: String(draft.bias) });
      state.bias = String(draft.bias);
    }
    return { state, carried };
  }

  const state: EditorState = { ...EMPTY_STATE };
  if (!draft) return { state, carried };
  if (draft.name !== undefined) {
    const relative = relativeName(draft.name, zone.name);
    state.name = relative === "@" ? "" : relative;
    carried.push({ label: "name", to: draft.name });
  }
  if (draft.type !== undefined) {
    state.type = draft.type;
    carried.push({ label: "type", to: draft.type });
  }
  if (draft.setIdentifier !== undefined) {
    state.setIdentifier = draft.setIdentifier;
    carried.push({ label: "record ID", to: draft.setIdentifier });
  }
  if (draft.value !== undefined) {
    state.values = draft.value;
    carried.push({ label: "value", to: draft.value });
  }
  if (draft.policy !== undefined) {
    state.policy = draft.policy;
    carried.push({ label: "routing", to: draft.policy });
  }
  if (draft.policy === "weighted" && draft.weight !== undefined) {
    state.weight = String(draft.weight);
    carried.push({ label: "weight", to: state.weight });
  }
  if (draft.policy === "latency" && draft.region !== undefined) {
    state.region = draft.region;
    carried.push({ label: "Region", to: draft.region });
  }
  if (draft.policy === "geoproximity") {
    if (draft.region !== undefined) {
      Object.assign(state, { proximityKind: "region", awsRegion: draft.region });
      carried.push({ label: "AWS Region", to: draft.region });
    }
    if (draft.bias !== undefined) {
      state.bias = String(draft.bias);
      carried.push({ label: "bias", to: state.bias });
    }
  }
  if (draft.policy === "geolocation") {
    state.geoLocation = geoLocationValue({
      continentCode: draft.continent,
      countryCode: draft.country,
      subdivisionCode: draft.subdivision,
    });
    if (state.geoLocation !== "")
      carried.push({
        label: "location",
        to: state.geoLocation === "default" ? "default (*)" : (state.geoLocation.split(":")[1] ?? ""),
      });
  }
  return { state, carried };
}

function routingPayload(state: EditorState): RecordChangeFormValues["routing"] {
  const setIdentifier = state.setIdentifier;
  switch (state.policy) {
    case "simple":
      return { policy: "simple" };
    case "weighted":
      return { policy: "weighted", setIdentifier, weight: state.weight };
    case "failover":
      return { policy: "failover", setIdentifier, failover: state.failover };
    case "geolocation":
      return { policy: "geolocation", setIdentifier, ...geoLocationFields(state.geoLocation) };
    case "geoproximity":
      return {
        policy: "geoproximity",
        setIdentifier,
        bias: state.bias,
        ...(state.proximityKind === "region" && { awsRegion: state.awsRegion }),
        ...(state.proximityKind === "localZone" && { localZoneGroup: state.localZoneGroup }),
        ...(state.proximityKind === "coordinates" && {
          coordinates: { latitude: state.latitude, longitude: state.longitude },
        }),
      };
    case "latency":
      return { policy: "latency", setIdentifier, region: state.region as never };
    case "multivalue":
      return { policy: "multivalue", setIdentifier };
  }
}

/** What the preview and apply actions receive: only the fields the chosen policy and target use. */
export function payloadFromState(
  state: EditorState,
  zone: { id: string; name: string },
  before?: ResourceRecordSet,
): RecordChangeFormValues {
  const isHealthChecked = state.policy !== "simple" && state.healthCheckId !== "";
  return {
    zoneId: zone.id,
    name: fullRecordName(state.name, zone.name),
    type: state.type,
    routing: routingPayload(state),
    ...(state.isAlias
      ? {
          alias: {
            dnsName: state.aliasDnsName,
            hostedZoneId: state.aliasHostedZoneId,
            evaluateTargetHealth: state.evaluateTargetHealth,
          },
        }
      : { ttl: state.ttl, values: state.values }),
    ...(isHealthChecked && { healthCheckId: state.healthCheckId }),
    ...(before && { before: before as RecordChangeFormValues["before"] }),
  };
}

/** The field errors whose path is one of `paths` or lies under one (`values` takes `values.3`). */
export function errorsAt(
  fieldErrors: Record<string, string[]> | undefined,
  ...paths: string[]
): string[] | undefined {
  if (!fieldErrors) return undefined;
  const messages = Object.entries(fieldErrors)
    .filter(([key]) => paths.some((path) => key === path || key.startsWith(`${path}.`)))
    .flatMap(([, list]) => list);
  return messages.length > 0 ? messages : undefined;
}

/** Paths the editor shows at a field; anything else is listed in the form message so no error is ever hidden. */
export const FIELD_PATHS = [
  "name",
  "type",
  "ttl",
  "values",
  "routing.policy",
  "routing.setIdentifier",
  "routing.weight",
  "routing.failover",
  "routing.continentCode",
  "routing.countryCode",
  "routing.subdivisionCode",
  "routing.awsRegion",
  "routing.localZoneGroup",
  "routing.coordinates",
  "routing.bias",
  "routing.region",
  "alias",
  "healthCheckId",
] as const;

export function unplacedErrors(fieldErrors: Record<string, string[]> | undefined): string[] {
  if (!fieldErrors) return [];
  return Object.entries(fieldErrors)
    .filter(([key]) => !FIELD_PATHS.some((path) => key === path || key.startsWith(`${path}.`)))
    .flatMap(([, list]) => list);
}
