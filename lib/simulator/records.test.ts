import { describe, expect, it } from "vitest";

import { seededZone } from "./fixtures.test-helpers";
import {
  groupRecords,
  healthTargets,
  latencyRegions,
  pickRoutedName,
  policyOf,
  routedNames,
  simulatorTarget,
} from "./records";

describe("routedNames", () => {
  it("lists each routed name and type once, in zone order, without simple records", () => {
    const names = routedNames(seededZone());
    expect(names.map((entry) => `${entry.name} ${entry.policy} ${entry.recordCount}`)).toEqual([
      "api.example.com. failover 2",
      "geo.example.com. geolocation 3",
      "near.example.com. geoproximity 2",
      "lat.example.com. latency 1",
      "mv.example.com. multivalue 1",
      "img.example.com. weighted 2",
      "alias.example.com. weighted 1",
    ]);
  });
});

describe("pickRoutedName", () => {
  const names = routedNames(seededZone());

  it("takes the requested name whatever its case or final dot", () => {
    expect(pickRoutedName(names, "GEO.example.com", "a")?.name).toBe("geo.example.com.");
  });

  it("defaults to the first weighted name", () => {
    expect(pickRoutedName(names)?.name).toBe("img.example.com.");
    expect(pickRoutedName(names, "missing.example.com.", "A")?.name).toBe("img.example.com.");
  });

  it("falls back to the first routed name when none is weighted, and to nothing in an empty zone", () => {
    expect(pickRoutedName(names.filter((entry) => entry.policy !== "weighted"))?.name).toBe(
      "api.example.com.",
    );
    expect(pickRoutedName([])).toBeUndefined();
  });
});

describe("policyOf and groupRecords", () => {
  it("reads the policy from the fields Route 53 sets", () => {
    expect(groupRecords(seededZone(), "near.example.com", "A").map(policyOf)).toEqual([
      "geoproximity",
      "geoproximity",
    ]);
    expect(policyOf({ Name: "x.", Type: "A" })).toBe("simple");
  });
});

describe("healthTargets", () => {
  it("lists health checks and AWS alias targets (without dualstack.) with the records using them", () => {
    expect(healthTargets(seededZone(), "api.example.com.", "A")).toEqual([
      { id: "hc-api", kind: "health-check", usedBy: ["api-primary"] },
    ]);
    expect(healthTargets(seededZone(), "lat.example.com.", "A")).toEqual([
      { id: "alb-1.us-east-1.elb.amazonaws.com", kind: "alias-target", usedBy: ["lat-us-east-1"] },
    ]);
  });

  it("follows an alias to another name of the zone", () => {
    expect(healthTargets(seededZone(), "alias.example.com.", "A")).toEqual([
      { id: "hc-mv-1", kind: "health-check", usedBy: ["mv-1"] },
    ]);
  });

  it("finds nothing for a group without health checks", () => {
    expect(healthTargets(seededZone(), "img.example.com.", "A")).toEqual([]);
  });
});

describe("latencyRegions", () => {
  it("lists each Region once", () => {
    expect(latencyRegions(groupRecords(seededZone(), "lat.example.com.", "A"))).toEqual(["us-east-1"]);
  });
});

describe("simulatorTarget", () => {
  const zone = [
    ...seededZone(),
    { Name: "www.example.com.", Type: "A", TTL: 300, ResourceRecords: [{ Value: "192.0.2.10" }] },
  ];

  it("opens on the requested routed name", () => {
    const target = simulatorTarget(zone, "geo.example.com.", "A");
    expect(target?.initial.name).toBe("geo.example.com.");
    expect(target?.notice).toBeUndefined();
  });

  it("opens on a simple record, offers it in the picker and says it answers the same everywhere", () => {
    const target = simulatorTarget(zone, "WWW.example.com", "a");
    expect(target?.initial).toEqual({
      name: "www.example.com.",
      type: "A",
      policy: "simple",
      recordCount: 1,
    });
    expect(target?.names[0]).toEqual(target?.initial);
    expect(target?.notice?.kind).toBe("simple");
    expect(target?.notice?.text).toContain(
      "www.example.com. A is a simple record: Route 53 gives every client the same answer",
    );
  });

  it("falls back to the first weighted name and says so when the requested record is missing", () => {
    const target = simulatorTarget(zone, "gone.example.com.", "A");
    expect(target?.initial.name).toBe("img.example.com.");
    expect(target?.notice).toEqual({
      kind: "missing",
      text: "gone.example.com. A is not in this zone (it may have been deleted or renamed). Showing img.example.com. A instead.",
    });
  });

  it("opens on the first weighted name without a note when nothing was asked for, and on nothing in a simple-only zone", () => {
    expect(simulatorTarget(zone)?.initial.name).toBe("img.example.com.");
    expect(simulatorTarget(zone)?.notice).toBeUndefined();
    expect(simulatorTarget(zone.filter((record) => record.SetIdentifier === undefined))).toBeUndefined();
  });
});
