import { describe, expect, it } from "vitest";

import { seededZone } from "./fixtures.test-helpers";
import { recordLocations } from "./markers";
import { groupRecords } from "./records";

describe("recordLocations", () => {
  it("places geoproximity Regions and coordinates, and latency Regions", () => {
    const zone = [
      ...seededZone(),
      {
        Name: "near.example.com.",
        Type: "A",
        SetIdentifier: "near-sydney",
        GeoProximityLocation: { Coordinates: { Latitude: "-33.87", Longitude: "151.21" } },
      },
    ];
    expect(
      recordLocations(groupRecords(zone, "near.example.com.", "A")).map((entry) => entry.setIdentifier),
    ).toEqual(["near-us-east-1", "near-eu-west-1", "near-sydney"]);
    expect(recordLocations(groupRecords(zone, "near.example.com.", "A"))[2]).toEqual({
      setIdentifier: "near-sydney",
      latitude: -33.87,
      longitude: 151.21,
    });
    expect(recordLocations(groupRecords(zone, "lat.example.com.", "A"))[0]?.latitude).toBeCloseTo(38.95);
    expect(recordLocations(groupRecords(zone, "img.example.com.", "A"))).toEqual([]);
  });
});
