/**
 * Geolocation subdivisions. Route 53 accepts SubdivisionCode mainly for US states (with CountryCode "US"); it also
 * lists a handful of subdivisions elsewhere (ListGeoLocations is the authority). US states are all the console offers,
 * so they are all this table holds. District of Columbia is included because Route 53 lists it among the US
 * subdivisions.
 */
export interface Subdivision {
  countryCode: "US";
  code: string;
  name: string;
  /** Two-digit FIPS state code, as us-atlas identifies the state's shape. */
  fips: string;
  latitude: number;
  longitude: number;
}

// Code, name, FIPS code (the id us-atlas gives the state's shape), and a representative point (the centroid of its
// us-atlas shape) from which the simulator resolves as a client in that state would.
const US: ReadonlyArray<readonly [string, string, string, number, number]> = [
  ["AK", "Alaska", "02", 63.92, -152.38],
  ["AL", "Alabama", "01", 32.78, -86.83],
  ["AR", "Arkansas", "05", 34.89, -92.44],
  ["AZ", "Arizona", "04", 34.27, -111.66],
  ["CA", "California", "06", 37.18, -119.47],
  ["CO", "Colorado", "08", 39, -105.55],
  ["CT", "Connecticut", "09", 41.62, -72.73],
  ["DC", "District of Columbia", "11", 38.9, -77.02],
  ["DE", "Delaware", "10", 38.99, -75.5],
  ["FL", "Florida", "12", 28.61, -82.45],
  ["GA", "Georgia", "13", 32.64, -83.44],
  ["HI", "Hawaii", "15", 20.25, -156.34],
  ["IA", "Iowa", "19", 42.08, -93.5],
  ["ID", "Idaho", "16", 44.35, -114.61],
  ["IL", "Illinois", "17", 40.04, -89.2],
  ["IN", "Indiana", "18", 39.89, -86.28],
  ["KS", "Kansas", "20", 38.49, -98.38],
  ["KY", "Kentucky", "21", 37.54, -85.3],
  ["LA", "Louisiana", "22", 31.04, -91.96],
  ["MA", "Massachusetts", "25", 42.25, -71.79],
  ["MD", "Maryland", "24", 39.03, -76.76],
  ["ME", "Maine", "23", 45.35, -69.24],
  ["MI", "Michigan", "26", 44.32, -85.38],
  ["MN", "Minnesota", "27", 46.28, -94.31],
  ["MO", "Missouri", "29", 38.36, -92.46],
  ["MS", "Mississippi", "28", 32.73, -89.67],
  ["MT", "Montana", "30", 47.05, -109.63],
  ["NC", "North Carolina", "37", 35.55, -79.36],
  ["ND", "North Dakota", "38", 47.45, -100.47],
  ["NE", "Nebraska", "31", 41.54, -99.79],
  ["NH", "New Hampshire", "33", 43.68, -71.58],
  ["NJ", "New Jersey", "34", 40.18, -74.66],
  ["NM", "New Mexico", "35", 34.41, -106.11],
  ["NV", "Nevada", "32", 39.33, -116.63],
  ["NY", "New York", "36", 42.94, -75.51],
  ["OH", "Ohio", "39", 40.29, -82.79],
  ["OK", "Oklahoma", "40", 35.59, -97.49],
  ["OR", "Oregon", "41", 43.93, -120.56],
  ["PA", "Pennsylvania", "42", 40.88, -77.8],
  ["RI", "Rhode Island", "44", 41.68, -71.55],
  ["SC", "South Carolina", "45", 33.91, -80.89],
  ["SD", "South Dakota", "46", 44.44, -100.23],
  ["TN", "Tennessee", "47", 35.86, -86.35],
  ["TX", "Texas", "48", 31.46, -99.32],
  ["UT", "Utah", "49", 39.31, -111.67],
  ["VA", "Virginia", "51", 37.52, -78.82],
  ["VT", "Vermont", "50", 44.07, -72.67],
  ["WA", "Washington", "53", 47.38, -120.46],
  ["WI", "Wisconsin", "55", 44.63, -89.99],
  ["WV", "West Virginia", "54", 38.64, -80.63],
  ["WY", "Wyoming", "56", 43, -107.55],
];

export const US_STATES: readonly Subdivision[] = US.map(([code, name, fips, latitude, longitude]) => ({
  countryCode: "US",
  code,
  name,
  fips,
  latitude,
  longitude,
}));

const byCode = new Map<string, Subdivision>(US_STATES.map((s) => [s.code, s]));
const byFips = new Map<string, Subdivision>(US_STATES.map((s) => [s.fips, s]));

/** The US state with this two-letter code, if any (case-insensitive). */
export function usStateByCode(code: string): Subdivision | undefined {
  return byCode.get(code.toUpperCase());
}

/** The US state whose FIPS code (us-atlas shape id) this is, if any. */
export function usStateByFips(fips: string | number): Subdivision | undefined {
  return byFips.get(String(fips).padStart(2, "0"));
}
