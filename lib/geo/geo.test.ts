import { describe, expect, it } from "vitest";
import world from "world-atlas/countries-110m.json";

import {
  CONTINENTS,
  COUNTRIES,
  UNSUPPORTED_COUNTRY_CODES,
  continentOf,
  countryByAlpha2,
  countryByNumeric,
  isContinentCode,
  US_STATES,
  usStateByCode,
} from "./index";

interface Topo {
  objects: { countries: { geometries: Array<{ id?: string; properties: { name: string } }> } };
}

describe("geo reference data", () => {
  it("has the seven Route 53 continents", () => {
    expect(CONTINENTS.map((c) => c.code).sort()).toEqual(["AF", "AN", "AS", "EU", "NA", "OC", "SA"]);
  });

  it("has unique, well-formed codes and valid points", () => {
    const alpha = new Set(COUNTRIES.map((c) => c.alpha2));
    const numeric = new Set(COUNTRIES.map((c) => c.numeric));
    expect(alpha.size).toBe(COUNTRIES.length);
    expect(numeric.size).toBe(COUNTRIES.length);
    for (const c of COUNTRIES) {
      expect(c.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(c.numeric).toMatch(/^\d{3}$/);
      expect(isContinentCode(c.continent)).toBe(true);
      expect(Math.abs(c.latitude)).toBeLessThanOrEqual(90);
      expect(Math.abs(c.longitude)).toBeLessThanOrEqual(180);
    }
  });

  // notes/route53.md: BV, CX, EH, HM are not accepted by Route 53 geolocation.
  it("leaves out the codes Route 53 rejects", () => {
    for (const code of UNSUPPORTED_COUNTRY_CODES) expect(countryByAlpha2(code)).toBeUndefined();
  });

  it("joins every world-atlas 110m feature with an id, except unsupported Western Sahara", () => {
    const missing = (world as unknown as Topo).objects.countries.geometries
      .filter((g) => g.id !== undefined && !countryByNumeric(g.id))
      .map((g) => `${g.id} ${g.properties.name}`);
    expect(missing).toEqual(["732 W. Sahara"]);
  });

  it("looks up by alpha-2, numeric and continent", () => {
    expect(countryByAlpha2("de")?.name).toBe("Germany");
    expect(countryByNumeric(36)?.alpha2).toBe("AU");
    expect(countryByNumeric("840")?.alpha2).toBe("US");
    expect(continentOf("BR")).toBe("SA");
    expect(continentOf("ru")).toBe("EU");
    expect(continentOf("ZZ")).toBeUndefined();
  });

  it("has the US states plus DC as subdivisions", () => {
    expect(US_STATES).toHaveLength(51);
    expect(usStateByCode("ca")?.name).toBe("California");
  });
});
