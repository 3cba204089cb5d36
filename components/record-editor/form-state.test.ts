import { describe, expect, it } from "vitest";

import type { ResourceRecordSet } from "@/lib/records-view/types";
import { toResourceRecordSet } from "@/lib/route53/convert";
import { recordChangeSchema } from "@/lib/schemas/record-change";

import { parseNewRecord } from "@/lib/simulator/carry-params";

import {
  EMPTY_STATE,
  errorsAt,
  fullRecordName,
  initialEditorState,
  payloadFromState,
  stateFromRecordSet,
  unplacedErrors,
} from "./form-state";

const zone = { id: "Z1EXAMPLE", name: "example.com." };

function roundTrip(rrset: ResourceRecordSet): ResourceRecordSet {
  const parsed = recordChangeSchema.parse(
    payloadFromState(stateFromRecordSet(rrset, zone.name, zone.id), zone),
  );
  const { zoneId: _zoneId, before: _before, ...record } = parsed;
  return toResourceRecordSet(record);
}

describe("record editor form state", () => {
  it("reads names relative to the zone and accepts absolute ones", () => {
    expect(fullRecordName("img", "example.com.")).toBe("img.example.com.");
    expect(fullRecordName("", "example.com.")).toBe("example.com.");
    expect(fullRecordName("@", "example.com")).toBe("example.com.");
    expect(fullRecordName("img.example.com", "example.com.")).toBe("img.example.com.");
    expect(fullRecordName("Other.org.", "example.com.")).toBe("other.org.");
  });

  it.each<[string, ResourceRecordSet]>([
    [
      "simple",
      {
        Name: "www.example.com.",
        Type: "A",
        TTL: 300,
        ResourceRecords: [{ Value: "192.0.2.1" }, { Value: "192.0.2.2" }],
      },
    ],
    [
      "weighted",
      {
        Name: "img.example.com.",
        Type: "A",
        SetIdentifier: "blue",
        Weight: 90,
        TTL: 60,
        ResourceRecords: [{ Value: "192.0.2.1" }],
        HealthCheckId: "hc-1",
      },
    ],
    [
      "failover alias",
      {
        Name: "api.example.com.",
        Type: "A",
        SetIdentifier: "primary",
        Failover: "PRIMARY",
        AliasTarget: {
          HostedZoneId: "Z2P70J7EXAMPLE",
          DNSName: "images-alb-1.us-east-1.elb.amazonaws.com.",
          EvaluateTargetHealth: true,
        },
      },
    ],
    [
      "geolocation subdivision",
      {
        Name: "geo.example.com.",
        Type: "A",
        SetIdentifier: "wa",
        GeoLocation: { CountryCode: "US", SubdivisionCode: "WA" },
        TTL: 60,
        ResourceRecords: [{ Value: "192.0.2.1" }],
      },
    ],
    [
      "geolocation default",
      {
        Name: "geo.example.com.",
        Type: "A",
        SetIdentifier: "any",
        GeoLocation: { CountryCode: "*" },
        TTL: 60,
        ResourceRecords: [{ Value: "192.0.2.1" }],
      },
    ],
    [
      "geolocation continent",
      {
        Name: "geo.example.com.",
        Type: "A",
        SetIdentifier: "eu",
        GeoLocation: { ContinentCode: "EU" },
        TTL: 60,
        ResourceRecords: [{ Value: "192.0.2.1" }],
      },
    ],
    [
      "geoproximity coordinates",
      {
        Name: "near.example.com.",
        Type: "A",
        SetIdentifier: "sea",
        GeoProximityLocation: { Coordinates: { Latitude: "47.61", Longitude: "-122.33" }, Bias: -20 },
        TTL: 60,
        ResourceRecords: [{ Value: "192.0.2.1" }],
      },
    ],
    [
      "geoproximity region",
      {
        Name: "near.example.com.",
        Type: "A",
        SetIdentifier: "fra",
        GeoProximityLocation: { AWSRegion: "eu-central-1", Bias: 10 },
        TTL: 60,
        ResourceRecords: [{ Value: "192.0.2.1" }],
      },
    ],
    [
      "latency",
      {
        Name: "lat.example.com.",
        Type: "AAAA",
        SetIdentifier: "dub",
        Region: "eu-west-1",
        TTL: 60,
        ResourceRecords: [{ Value: "2001:db8::1" }],
      },
    ],
    [
      "multivalue",
      {
        Name: "mv.example.com.",
        Type: "TXT",
        SetIdentifier: "one",
        MultiValueAnswer: true,
        TTL: 60,
        ResourceRecords: [{ Value: '"hello"' }],
      },
    ],
    [
      "alias to a record of the zone",
      {
        Name: "example.com.",
        Type: "A",
        AliasTarget: { HostedZoneId: "Z1EXAMPLE", DNSName: "www.example.com.", EvaluateTargetHealth: false },
      },
    ],
  ])("edits a %s record without changing it", (_label, rrset) => {
    expect(roundTrip(rrset)).toEqual(rrset);
  });

  it("sends only the fields of the chosen policy and target", () => {
    const payload = payloadFromState(
      {
        ...EMPTY_STATE,
        name: "img",
        policy: "simple",
        weight: "300",
        healthCheckId: "hc-1",
        isAlias: true,
        aliasDnsName: "x.",
        aliasHostedZoneId: "Z",
      },
      zone,
    );
    expect(payload).toEqual({
      zoneId: "Z1EXAMPLE",
      name: "img.example.com.",
      type: "A",
      routing: { policy: "simple" },
      alias: { dnsName: "x.", hostedZoneId: "Z", evaluateTargetHealth: true },
    });
  });

  it("places errors at fields and lists the rest", () => {
    const fieldErrors = {
      "values.1": ["Line 2: bad"],
      "routing.weight": ["too big"],
      "something.else": ["odd"],
    };
    expect(errorsAt(fieldErrors, "values")).toEqual(["Line 2: bad"]);
    expect(errorsAt(fieldErrors, "routing.weight")).toEqual(["too big"]);
    expect(errorsAt(fieldErrors, "ttl")).toBeUndefined();
    expect(unplacedErrors(fieldErrors)).toEqual(["odd"]);
  });

  it("turns a bad weight and a bad IPv4 address into field errors", () => {
    const result = recordChangeSchema.safeParse(
      payloadFromState(
        {
          ...EMPTY_STATE,
          name: "x",
          policy: "weighted",
          setIdentifier: "a",
          weight: "300",
          values: "256.1.1.1",
        },
        zone,
      ),
    );
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["routing.weight", "values.0"]));
  });
});

describe("record editor initial state from a simulator draft", () => {
  const blue: ResourceRecordSet = {
    Name: "img.example.com.",
    Type: "A",
    SetIdentifier: "blue",
    Weight: 90,
    TTL: 60,
    ResourceRecords: [{ Value: "192.0.2.1" }],
  };
  const fra: ResourceRecordSet = {
    Name: "near.example.com.",
    Type: "A",
    SetIdentifier: "fra",
    GeoProximityLocation: { AWSRegion: "eu-central-1", Bias: 10 },
    TTL: 60,
    ResourceRecords: [{ Value: "192.0.2.1" }],
  };

  it("starts from the record, or the empty form, when nothing is carried", () => {
    expect(initialEditorState(zone, blue, undefined)).toEqual({
      state: stateFromRecordSet(blue, zone.name, zone.id),
      carried: [],
    });
    expect(initialEditorState(zone, undefined, undefined)).toEqual({ state: EMPTY_STATE, carried: [] });
  });

  it("replaces the weight or bias of the loaded record and says what it was", () => {
    const weighted = initialEditorState(zone, blue, { weight: 50 });
    expect(weighted.state).toEqual({ ...stateFromRecordSet(blue, zone.name, zone.id), weight: "50" });
    expect(weighted.carried).toEqual([{ label: "weight", from: "90", to: "50" }]);

    const biased = initialEditorState(zone, fra, { bias: -20 });
    expect(biased.state.bias).toBe("-20");
    expect(biased.carried).toEqual([{ label: "bias", from: "10", to: "-20" }]);
  });

  it("ignores a carried value the record's policy has no field for", () => {
    expect(initialEditorState(zone, blue, { bias: 5 })).toEqual({
      state: stateFromRecordSet(blue, zone.name, zone.id),
      carried: [],
    });
    expect(initialEditorState(zone, fra, { weight: 5 }).carried).toEqual([]);
  });

  it.each([
    ["weighted", { weight: "5" }, { policy: "weighted", weight: "5" }],
    ["latency", { region: "eu-west-1" }, { policy: "latency", region: "eu-west-1" }],
    [
      "geoproximity",
      { region: "eu-central-1", bias: "15" },
      { policy: "geoproximity", proximityKind: "region", awsRegion: "eu-central-1", bias: "15" },
    ],
    ["geolocation continent", { continent: "EU" }, { policy: "geolocation", geoLocation: "continent:EU" }],
    ["geolocation default", { country: "*" }, { policy: "geolocation", geoLocation: "default" }],
    [
      "geolocation US state",
      { country: "US", subdivision: "WA" },
      { policy: "geolocation", geoLocation: "subdivision:US-WA" },
    ],
  ])("fills a new %s record that previews as a valid change", (_label, routing, fields) => {
    const draft = parseNewRecord({
      name: "red.example.com.",
      type: "A",
      setIdentifier: "red",
      value: "192.0.2.43",
      ...routing,
    });
    const { state, carried } = initialEditorState(zone, undefined, draft);
    expect(state).toEqual({
      ...EMPTY_STATE,
      name: "red",
      type: "A",
      setIdentifier: "red",
      values: "192.0.2.43",
      ...fields,
    });
    expect(carried.slice(0, 4)).toEqual([
      { label: "name", to: "red.example.com." },
      { label: "type", to: "A" },
      { label: "record ID", to: "red" },
      { label: "value", to: "192.0.2.43" },
    ]);
    expect(recordChangeSchema.safeParse(payloadFromState(state, zone)).success).toBe(true);
  });
});
