import { describe, expect, it } from "vitest";

import { km, pct } from "./format";
import { AWS_REGIONS, greatCircleKm, locateAws, nameKey } from "./index";

describe("AWS_REGIONS", () => {
  it("lists the commercial Regions and some Local Zone groups with valid coordinates", () => {
    const regions = Object.values(AWS_REGIONS).filter((r) => r.kind === "region");
    expect(regions.length).toBeGreaterThanOrEqual(34);
    for (const code of [
      "us-east-1",
      "eu-west-1",
      "ap-southeast-2",
      "sa-east-1",
      "af-south-1",
      "il-central-1",
      "mx-central-1",
    ]) {
      expect(AWS_REGIONS[code]?.kind).toBe("region");
    }
    for (const code of ["us-west-2-den-1", "us-west-2-lax-1", "us-east-1-bos-1"]) {
      expect(AWS_REGIONS[code]).toMatchObject({ kind: "local-zone", parent: code.slice(0, 9) });
    }
    for (const r of Object.values(AWS_REGIONS)) {
      expect(Math.abs(r.latitude)).toBeLessThanOrEqual(90);
      expect(Math.abs(r.longitude)).toBeLessThanOrEqual(180);
      expect(r.name).not.toBe("");
    }
  });

  it("places an unlisted Local Zone group at its parent Region", () => {
    expect(locateAws("us-east-1-chi-2")).toMatchObject({
      location: { code: "us-east-1" },
      isApproximate: true,
    });
    expect(locateAws("US-WEST-2")).toMatchObject({ location: { code: "us-west-2" }, isApproximate: false });
    expect(locateAws("mars-north-1")).toBeUndefined();
  });

  it("measures known distances", () => {
    // New York to London is about 5,570 km.
    expect(greatCircleKm(40.71, -74.01, 51.51, -0.13)).toBeGreaterThan(5500);
    expect(greatCircleKm(40.71, -74.01, 51.51, -0.13)).toBeLessThan(5650);
  });
});

describe("formatting and names", () => {
  it.each([
    [0, "0"],
    [999.4, "999"],
    [1234.5, "1,235"],
    [1_000_001, "1,000,001"],
    [12_050, "12,050"],
  ])("km(%d) = %s", (n, s) => expect(km(n)).toBe(s));

  it("formats shares", () => {
    expect(pct(90, 100)).toBe("90%");
    expect(pct(1, 3)).toBe("33.3%");
    expect(pct(1, 0)).toBe("0%");
  });

  it.each([
    ["WWW.Example.COM.", "www.example.com"],
    ["\\052.example.com.", "*.example.com"],
    ["example.com", "example.com"],
  ])("nameKey(%s) = %s", (raw, n) => expect(nameKey(raw)).toBe(n));
});
