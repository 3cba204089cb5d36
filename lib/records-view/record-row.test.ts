import { describe, expect, it } from "vitest";

import { filterRows } from "./filter-rows";
import { toRecordRow } from "./record-row";

const weighted = toRecordRow({
  Name: "img.example.com.",
  Type: "A",
  SetIdentifier: "img-blue",
  Weight: 90,
  TTL: 60,
  ResourceRecords: [{ Value: "192.0.2.41" }],
  HealthCheckId: "hc-1",
});
const wildcard = toRecordRow({
  Name: "\\052.example.com.",
  Type: "CNAME",
  TTL: 300,
  ResourceRecords: [{ Value: "www.example.com" }],
});
const geo = toRecordRow({
  Name: "geo.example.com.",
  Type: "A",
  SetIdentifier: "geo-us-ca",
  GeoLocation: { CountryCode: "US", SubdivisionCode: "CA" },
  TTL: 60,
  ResourceRecords: [{ Value: "192.0.2.23" }],
});
const alias = toRecordRow({
  Name: "lat.example.com.",
  Type: "A",
  SetIdentifier: "lat-eu",
  Region: "eu-west-1",
  AliasTarget: {
    DNSName: "images-alb-1.eu-west-1.elb.amazonaws.com.",
    HostedZoneId: "Z32O12XQLNTSW2",
    EvaluateTargetHealth: true,
  },
});

describe("toRecordRow", () => {
  it("flattens a record set with its policy details", () => {
    expect(weighted).toMatchObject({
      policy: "weighted",
      policyDetail: "weight 90",
      values: ["192.0.2.41"],
      key: "img.example.com.|A|img-blue",
    });
    expect(geo.policyDetail).toBe("subdivision US-CA");
    expect(alias).toMatchObject({
      policy: "latency",
      policyDetail: "region eu-west-1",
      alias: { evaluateTargetHealth: true },
    });
  });

  it("decodes Route 53's octal escapes in names", () => {
    expect(wildcard.name).toBe("*.example.com.");
  });
});

describe("filterRows", () => {
  const rows = [weighted, wildcard, geo, alias];

  it("matches every term against name, values, ids and policy details", () => {
    expect(filterRows(rows, { text: "img blue" })).toEqual([weighted]);
    expect(filterRows(rows, { text: "elb.amazonaws" })).toEqual([alias]);
    expect(filterRows(rows, { text: "US-CA" })).toEqual([geo]);
  });

  it("filters by type, routing policy and health check", () => {
    expect(filterRows(rows, { text: "", type: "CNAME" })).toEqual([wildcard]);
    expect(filterRows(rows, { text: "", policy: "geolocation" })).toEqual([geo]);
    expect(filterRows(rows, { text: "", health: "with" })).toEqual([weighted]);
    expect(filterRows(rows, { text: "", health: "without" })).toHaveLength(3);
  });

  it("returns the same array when no filter is set", () => {
    expect(filterRows(rows, { text: "  " })).toBe(rows);
  });
});
