import { describe, expect, it } from "vitest";

import {
  addRecord,
  createDraft,
  draftChanges,
  newRecordProblem,
  removeRecord,
  setBias,
  setUnhealthy,
  setWeight,
} from "./draft";
import { seededZone } from "./fixtures.test-helpers";
import { groupRecords } from "./records";

const IMG = ["img.example.com.", "A"] as const;

describe("draft edits", () => {
  it("changes a weight without touching the zone it was made from, clamped to 0–255", () => {
    const zone = seededZone();
    const draft = setWeight(createDraft(zone), ...IMG, "img-green", 50);
    expect(groupRecords(draft.recordSets, ...IMG).map((record) => record.Weight)).toEqual([90, 50]);
    expect(groupRecords(zone, ...IMG).map((record) => record.Weight)).toEqual([90, 10]);
    expect(groupRecords(setWeight(draft, ...IMG, "img-blue", 300).recordSets, ...IMG)[0]?.Weight).toBe(255);
    expect(groupRecords(setWeight(draft, ...IMG, "img-blue", -4).recordSets, ...IMG)[0]?.Weight).toBe(0);
  });

  it("changes a geoproximity bias within −99..99 and leaves other records alone", () => {
    const draft = setBias(createDraft(seededZone()), "near.example.com", "A", "near-us-east-1", -150);
    const near = groupRecords(draft.recordSets, "near.example.com.", "A");
    expect(near.map((record) => record.GeoProximityLocation?.Bias)).toEqual([-99, 20]);
    expect(near[0]?.GeoProximityLocation?.AWSRegion).toBe("us-east-1");
  });

  it("marks health checks failing and healthy again", () => {
    const draft = setUnhealthy(setUnhealthy(createDraft(seededZone()), "hc-api", true), "hc-mv-1", true);
    expect(draft.unhealthy).toEqual(["hc-api", "hc-mv-1"]);
    expect(setUnhealthy(draft, "hc-api", false).unhealthy).toEqual(["hc-mv-1"]);
  });

  it("adds a record with the group's policy right after the group, and removes one", () => {
    const added = addRecord(createDraft(seededZone()), ...IMG, {
      setIdentifier: "img-red",
      value: "192.0.2.43",
      weight: 5,
    });
    const img = groupRecords(added.recordSets, ...IMG);
    expect(img.map((record) => [record.SetIdentifier, record.Weight])).toEqual([
      ["img-blue", 90],
      ["img-green", 10],
      ["img-red", 5],
    ]);
    expect(img[2]?.ResourceRecords).toEqual([{ Value: "192.0.2.43" }]);
    expect(
      groupRecords(removeRecord(added, ...IMG, "img-blue").recordSets, ...IMG).map((r) => r.SetIdentifier),
    ).toEqual(["img-green", "img-red"]);
  });

  it("adds geolocation and geoproximity records with their location", () => {
    let draft = addRecord(createDraft(seededZone()), "geo.example.com.", "A", {
      setIdentifier: "geo-ca",
      value: "192.0.2.99",
      location: "US-CA",
    });
    draft = addRecord(draft, "geo.example.com.", "A", {
      setIdentifier: "geo-asia",
      value: "192.0.2.98",
      location: "continent:AS",
    });
    draft = addRecord(draft, "near.example.com.", "A", {
      setIdentifier: "near-tokyo",
      value: "192.0.2.97",
      region: "ap-northeast-1",
      bias: 10,
    });
    const geo = groupRecords(draft.recordSets, "geo.example.com.", "A");
    expect(geo.slice(-2).map((record) => record.GeoLocation)).toEqual([
      { CountryCode: "US", SubdivisionCode: "CA" },
      { ContinentCode: "AS" },
    ]);
    expect(groupRecords(draft.recordSets, "near.example.com.", "A")[2]?.GeoProximityLocation).toEqual({
      AWSRegion: "ap-northeast-1",
      Bias: 10,
    });
  });
});

describe("newRecordProblem", () => {
  const draft = createDraft(seededZone());

  it("accepts a complete record", () => {
    expect(
      newRecordProblem(draft, ...IMG, { setIdentifier: "img-red", value: "192.0.2.43", weight: 1 }),
    ).toBeUndefined();
  });

  it("refuses a duplicate ID, an empty value, a third failover record and a second record per latency Region", () => {
    expect(newRecordProblem(draft, ...IMG, { setIdentifier: "img-blue", value: "1.2.3.4" })).toMatch(
      /already has the ID/,
    );
    expect(newRecordProblem(draft, ...IMG, { setIdentifier: "x", value: " " })).toMatch(/value/);
    expect(
      newRecordProblem(draft, "api.example.com.", "A", { setIdentifier: "x", value: "1.2.3.4" }),
    ).toMatch(/primary/);
    expect(
      newRecordProblem(draft, "lat.example.com.", "A", {
        setIdentifier: "x",
        value: "1.2.3.4",
        region: "us-east-1",
      }),
    ).toMatch(/one per Region/);
  });
});

describe("draftChanges", () => {
  it("lists weight, bias, added, removed and health differences within the group", () => {
    let draft = setWeight(createDraft(seededZone()), ...IMG, "img-green", 50);
    draft = removeRecord(draft, ...IMG, "img-blue");
    draft = addRecord(draft, ...IMG, { setIdentifier: "img-red", value: "192.0.2.43", weight: 5 });
    draft = setUnhealthy(draft, "hc-api", true);
    draft = setBias(draft, "near.example.com.", "A", "near-eu-west-1", 0);

    expect(draftChanges(seededZone(), draft, ...IMG).map((change) => change.kind)).toEqual([
      "removed",
      "weight",
      "added",
      "unhealthy",
    ]);
    expect(draftChanges(seededZone(), draft, "near.example.com.", "A")).toEqual([
      { kind: "bias", setIdentifier: "near-eu-west-1", from: 20, to: 0 },
      { kind: "unhealthy", id: "hc-api" },
    ]);
  });

  it("is empty for an untouched draft", () => {
    expect(draftChanges(seededZone(), createDraft(seededZone()), ...IMG)).toEqual([]);
  });
});
