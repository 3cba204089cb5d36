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
}

const US: ReadonlyArray<readonly [string, string]> = [
  ["AK", "Alaska"], ["AL", "Alabama"], ["AR", "Arkansas"], ["AZ", "Arizona"], ["CA", "California"],
  ["CO", "Colorado"], ["CT", "Connecticut"], ["DC", "District of Columbia"], ["DE", "Delaware"], ["FL", "Florida"],
  ["GA", "Georgia"], ["HI", "Hawaii"], ["IA", "Iowa"], ["ID", "Idaho"], ["IL", "Illinois"],
  ["IN", "Indiana"], ["KS", "Kansas"], ["KY", "Kentucky"], ["LA", "Louisiana"], ["MA", "Massachusetts"],
  ["MD", "Maryland"], ["ME", "Maine"], ["MI", "Michigan"], ["MN", "Minnesota"], ["MO", "Missouri"],
  ["MS", "Mississippi"], ["MT", "Montana"], ["NC", "North Carolina"], ["ND", "North Dakota"], ["NE", "Nebraska"],
  ["NH", "New Hampshire"], ["NJ", "New Jersey"], ["NM", "New Mexico"], ["NV", "Nevada"], ["NY", "New York"],
  ["OH", "Ohio"], ["OK", "Oklahoma"], ["OR", "Oregon"], ["PA", "Pennsylvania"], ["RI", "Rhode Island"],
  ["SC", "South Carolina"], ["SD", "South Dakota"], ["TN", "Tennessee"], ["TX", "Texas"], ["UT", "Utah"],
  ["VA", "Virginia"], ["VT", "Vermont"], ["WA", "Washington"], ["WI", "Wisconsin"], ["WV", "West Virginia"],
  ["WY", "Wyoming"],
];

export const US_STATES: readonly Subdivision[] = US.map(([code, name]) => ({ countryCode: "US", code, name }));

const byCode = new Map<string, Subdivision>(US_STATES.map((s) => [s.code, s]));

/** The US state with this two-letter code, if any (case-insensitive). */
export function usStateByCode(code: string): Subdivision | undefined {
  return byCode.get(code.toUpperCase());
}
