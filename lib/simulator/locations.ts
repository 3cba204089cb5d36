import { AWS_REGIONS, nearestCountry } from "@/lib/routing";
import type { ResolveInput } from "@/lib/routing";
import { continentOf, countryByAlpha2, usStateByCode } from "@/lib/geo";

/** Where the simulated query comes from. */
export type LocationSpec =
  | { mode: "country"; country: string; subdivision?: string }
  | { mode: "subnet"; subnet: string }
  | { mode: "coordinates"; latitude: number; longitude: number }
  | { mode: "resolver" };

/**
 * Example EDNS client subnets and where this simulator places them. Illustrative only: the prefixes are carved from the
 * documentation ranges (RFC 5737, RFC 3849), not looked up in a GeoIP database.
 */
export const EXAMPLE_SUBNETS: readonly {
  subnet: string;
  area: string;
  city: string;
  country: string;
  subdivision?: string;
  latitude: number;
  longitude: number;
}[] = [
  {
    subnet: "192.0.2.0/26",
    area: "North America",
    city: "Ashburn, Virginia",
    country: "US",
    subdivision: "VA",
    latitude: 39.04,
    longitude: -77.49,
  },
  {
    subnet: "192.0.2.64/26",
    area: "North America",
    city: "San Jose, California",
    country: "US",
    subdivision: "CA",
    latitude: 37.34,
    longitude: -121.89,
  },
  {
    subnet: "192.0.2.128/26",
    area: "North America",
    city: "Toronto",
    country: "CA",
    latitude: 43.65,
    longitude: -79.38,
  },
  {
    subnet: "192.0.2.192/26",
    area: "South America",
    city: "São Paulo",
    country: "BR",
    latitude: -23.55,
    longitude: -46.63,
  },
  {
    subnet: "198.51.100.0/26",
    area: "Europe",
    city: "Dublin",
    country: "IE",
    latitude: 53.35,
    longitude: -6.26,
  },
  {
    subnet: "198.51.100.64/26",
    area: "Europe",
    city: "Frankfurt",
    country: "DE",
    latitude: 50.11,
    longitude: 8.68,
  },
  {
    subnet: "198.51.100.128/26",
    area: "Europe",
    city: "Paris",
    country: "FR",
    latitude: 48.86,
    longitude: 2.35,
  },
  {
    subnet: "198.51.100.192/26",
    area: "Africa",
    city: "Cape Town",
    country: "ZA",
    latitude: -33.92,
    longitude: 18.42,
  },
  {
    subnet: "203.0.113.0/26",
    area: "Asia",
    city: "Tokyo",
    country: "JP",
    latitude: 35.68,
    longitude: 139.69,
  },
  {
    subnet: "203.0.113.64/26",
    area: "Asia",
    city: "Singapore",
    country: "SG",
    latitude: 1.35,
    longitude: 103.82,
  },
  {
    subnet: "203.0.113.128/26",
    area: "Asia",
    city: "Mumbai",
    country: "IN",
    latitude: 19.08,
    longitude: 72.88,
  },
  {
    subnet: "203.0.113.192/26",
    area: "Oceania",
    city: "Sydney",
    country: "AU",
    latitude: -33.87,
    longitude: 151.21,
  },
  {
    subnet: "2001:db8:100::/48",
    area: "Middle East",
    city: "Dubai",
    country: "AE",
    latitude: 25.2,
    longitude: 55.27,
  },
  {
    subnet: "2001:db8:200::/48",
    area: "North America",
    city: "Mexico City",
    country: "MX",
    latitude: 19.43,
    longitude: -99.13,
  },
];

// Approximate geographic centres of the US states, for distances from a state picked in the query tester.
const STATE_CENTRES: Readonly<Record<string, readonly [number, number]>> = {
  AK: [64.2, -149.5],
  AL: [32.8, -86.8],
  AR: [34.8, -92.2],
  AZ: [34.3, -111.7],
  CA: [37.2, -119.5],
  CO: [39.0, -105.5],
  CT: [41.6, -72.7],
  DC: [38.9, -77.03],
  DE: [39.0, -75.5],
  FL: [28.6, -82.4],
  GA: [32.7, -83.4],
  HI: [20.8, -156.3],
  IA: [42.0, -93.5],
  ID: [44.4, -114.6],
  IL: [40.0, -89.2],
  IN: [39.9, -86.3],
  KS: [38.5, -98.4],
  KY: [37.5, -85.3],
  LA: [31.1, -92.0],
  MA: [42.3, -71.8],
  MD: [39.0, -76.8],
  ME: [45.4, -69.2],
  MI: [44.3, -85.4],
  MN: [46.3, -94.3],
  MO: [38.4, -92.5],
  MS: [32.7, -89.7],
  MT: [47.0, -109.6],
  NC: [35.6, -79.4],
  ND: [47.5, -100.5],
  NE: [41.5, -99.8],
  NH: [43.7, -71.6],
  NJ: [40.2, -74.7],
  NM: [34.4, -106.1],
  NV: [39.3, -116.6],
  NY: [42.9, -75.5],
  OH: [40.3, -82.8],
  OK: [35.6, -97.5],
  OR: [43.9, -120.6],
  PA: [40.9, -77.8],
  RI: [41.7, -71.5],
  SC: [33.9, -80.9],
  SD: [44.4, -100.2],
  TN: [35.9, -86.4],
  TX: [31.5, -99.3],
  UT: [39.3, -111.7],
  VA: [37.5, -78.8],
  VT: [44.1, -72.7],
  WA: [47.4, -120.5],
  WI: [44.6, -89.9],
  WV: [38.6, -80.6],
  WY: [43.0, -107.5],
};

/** The client ResolveInput needs for a location, and a sentence saying where that is. */
export function clientFor(
  spec: LocationSpec,
  resolverRegion: string,
): { client: ResolveInput["client"]; description: string } {
  switch (spec.mode) {
    case "country": {
      const country = countryByAlpha2(spec.country);
      if (!country)
        return { client: { latitude: NaN, longitude: NaN }, description: `Unknown country ${spec.country}` };
      const state = spec.subdivision && country.alpha2 === "US" ? usStateByCode(spec.subdivision) : undefined;
      const centre = state ? STATE_CENTRES[state.code] : undefined;
      return {
        client: {
          latitude: centre?.[0] ?? country.latitude,
          longitude: centre?.[1] ?? country.longitude,
          countryCode: country.alpha2,
          continentCode: country.continent,
          subdivisionCode: state?.code,
        },
        description: state ? `${state.name}, ${country.name}` : country.name,
      };
    }
    case "subnet": {
      const example = EXAMPLE_SUBNETS.find((entry) => entry.subnet === spec.subnet);
      if (!example)
        return { client: { latitude: NaN, longitude: NaN }, description: `Unknown subnet ${spec.subnet}` };
      return {
        client: {
          latitude: example.latitude,
          longitude: example.longitude,
          countryCode: example.country,
          continentCode: continentOf(example.country),
          subdivisionCode: example.subdivision,
        },
        description: `EDNS client subnet ${example.subnet} (placed in ${example.city} by this example table)`,
      };
    }
    case "coordinates":
      return {
        client: { latitude: spec.latitude, longitude: spec.longitude },
        description: `${formatLatLon(spec.latitude, spec.longitude)}`,
      };
    case "resolver": {
      const region = AWS_REGIONS[resolverRegion];
      return {
        client: { latitude: region?.latitude ?? NaN, longitude: region?.longitude ?? NaN },
        description: `no EDNS client subnet: the resolver's location, ${region ? region.name : resolverRegion}`,
      };
    }
  }
}

/** "48.86° N, 2.35° E". */
export function formatLatLon(latitude: number, longitude: number): string {
  const lat = `${Math.abs(latitude).toFixed(2)}° ${latitude < 0 ? "S" : "N"}`;
  const lon = `${Math.abs(longitude).toFixed(2)}° ${longitude < 0 ? "W" : "E"}`;
  return `${lat}, ${lon}`;
}

/** The Route 53 country whose representative point is nearest, for a map point outside every country shape. */
export function nearestCountryCode(latitude: number, longitude: number): string | undefined {
  return nearestCountry(latitude, longitude);
}

/** A point picked on the map, with the country (and US state) it landed in when it landed on one. */
export interface PickedPoint {
  latitude: number;
  longitude: number;
  countryCode?: string;
  subdivisionCode?: string;
}

/** The client a picked map point stands for, and how to name it ("Germany at 51.00° N, 10.00° E"). */
export function clientAtPick(pick: PickedPoint): { client: ResolveInput["client"]; where: string } {
  const code = pick.countryCode ?? nearestCountryCode(pick.latitude, pick.longitude);
  const country = code ? countryByAlpha2(code) : undefined;
  const state =
    country?.alpha2 === "US" && pick.subdivisionCode ? usStateByCode(pick.subdivisionCode) : undefined;
  const client: ResolveInput["client"] = {
    latitude: pick.latitude,
    longitude: pick.longitude,
    countryCode: country?.alpha2,
    continentCode: country?.continent,
    subdivisionCode: state?.code,
  };
  const place = state ? `${state.name}, ${country?.name ?? "United States"}` : country?.name;
  const where = `${place ? `${place}${pick.countryCode ? "" : " (nearest country)"}` : "Unknown country"} at ${formatLatLon(pick.latitude, pick.longitude)}`;
  return { client, where };
}

/** A latitude or longitude typed by the operator, held within ±limit degrees; NaN when it is not a number. */
export function clampDegrees(value: number, limit: number): number {
  return Number.isFinite(value) ? Math.min(limit, Math.max(-limit, value)) : NaN;
}

/** The location a mode starts from when the operator switches to it (the current one when it is already that mode). */
export function defaultSpec(mode: LocationSpec["mode"], current: LocationSpec): LocationSpec {
  if (mode === current.mode) return current;
  switch (mode) {
    case "country":
      return { mode, country: "US" };
    case "subnet":
      return { mode, subnet: EXAMPLE_SUBNETS[0]?.subnet ?? "" };
    case "coordinates":
      return { mode, latitude: 48.86, longitude: 2.35 };
    case "resolver":
      return { mode };
  }
}
