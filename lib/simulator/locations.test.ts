import { describe, expect, it } from "vitest";

import { clientFor, EXAMPLE_SUBNETS, formatLatLon, nearestCountryCode } from "./locations";

describe("clientFor", () => {
  it("places a country at its representative point with its codes", () => {
    const { client, description } = clientFor({ mode: "country", country: "fr" }, "us-east-1");
    expect(client).toMatchObject({ countryCode: "FR", continentCode: "EU" });
    expect(description).toBe("France");
  });

  it("places a US state at its centre with the subdivision code", () => {
    const { client, description } = clientFor(
      { mode: "country", country: "US", subdivision: "CA" },
      "us-east-1",
    );
    expect(client).toMatchObject({ countryCode: "US", subdivisionCode: "CA", continentCode: "NA" });
    expect(client.longitude).toBeLessThan(-115);
    expect(description).toBe("California, United States");
  });

  it("places an example subnet from the illustrative table", () => {
    const first = EXAMPLE_SUBNETS[0]!;
    const { client, description } = clientFor({ mode: "subnet", subnet: first.subnet }, "us-east-1");
    expect(client.countryCode).toBe(first.country);
    expect(description).toContain("example table");
  });

  it("uses the resolver's Region without codes when no subnet is sent, and raw coordinates as given", () => {
    const resolver = clientFor({ mode: "resolver" }, "eu-west-1");
    expect(resolver.client.countryCode).toBeUndefined();
    expect(resolver.client.latitude).toBeCloseTo(53.35);
    expect(resolver.description).toContain("Europe (Ireland)");
    expect(clientFor({ mode: "coordinates", latitude: -33.9, longitude: 18.4 }, "x").client).toEqual({
      latitude: -33.9,
      longitude: 18.4,
    });
  });

  it("has unique example subnets", () => {
    expect(new Set(EXAMPLE_SUBNETS.map((entry) => entry.subnet)).size).toBe(EXAMPLE_SUBNETS.length);
  });
});

describe("formatLatLon", () => {
  it("uses hemispheres", () => {
    expect(formatLatLon(-33.87, 151.21)).toBe("33.87° S, 151.21° E");
  });
});

describe("nearestCountryCode", () => {
  it("finds the country whose centre is nearest (a fallback for points outside every shape: Paris is nearer Belgium's)", () => {
    expect(nearestCountryCode(46.5, 2.5)).toBe("FR");
    expect(nearestCountryCode(48.86, 2.35)).toBe("BE");
    expect(nearestCountryCode(-25, 130)).toBe("AU");
  });
});
