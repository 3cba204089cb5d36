/** Where an AWS Region or Local Zone group is, for latency estimates and geoproximity. */
export interface AwsLocation {
  code: string;
  name: string;
  latitude: number;
  longitude: number;
  kind: "region" | "local-zone";
  /** For a Local Zone group, the Region it belongs to. */
  parent?: string;
}

type Row = readonly [code: string, name: string, lat: number, lon: number];

// Commercial Regions (the aws partition; not China, GovCloud or the European Sovereign Cloud). Coordinates are those of
// the metro area the Region is named after: good enough for distances at the scale routing cares about.
const REGIONS: readonly Row[] = [
  ["us-east-1", "US East (N. Virginia)", 38.95, -77.45],
  ["us-east-2", "US East (Ohio)", 39.96, -83.0],
  ["us-west-1", "US West (N. California)", 37.35, -121.96],
  ["us-west-2", "US West (Oregon)", 45.84, -119.7],
  ["af-south-1", "Africa (Cape Town)", -33.92, 18.42],
  ["ap-east-1", "Asia Pacific (Hong Kong)", 22.32, 114.17],
  ["ap-east-2", "Asia Pacific (Taipei)", 25.03, 121.57],
  ["ap-south-1", "Asia Pacific (Mumbai)", 19.08, 72.88],
  ["ap-south-2", "Asia Pacific (Hyderabad)", 17.39, 78.49],
  ["ap-southeast-1", "Asia Pacific (Singapore)", 1.35, 103.82],
  ["ap-southeast-2", "Asia Pacific (Sydney)", -33.87, 151.21],
  ["ap-southeast-3", "Asia Pacific (Jakarta)", -6.21, 106.85],
  ["ap-southeast-4", "Asia Pacific (Melbourne)", -37.81, 144.96],
  ["ap-southeast-5", "Asia Pacific (Malaysia)", 3.14, 101.69],
  ["ap-southeast-6", "Asia Pacific (New Zealand)", -36.85, 174.76],
  ["ap-southeast-7", "Asia Pacific (Thailand)", 13.76, 100.5],
  ["ap-northeast-1", "Asia Pacific (Tokyo)", 35.68, 139.69],
  ["ap-northeast-2", "Asia Pacific (Seoul)", 37.57, 126.98],
  ["ap-northeast-3", "Asia Pacific (Osaka)", 34.69, 135.5],
  ["ca-central-1", "Canada (Central)", 45.5, -73.57],
  ["ca-west-1", "Canada West (Calgary)", 51.05, -114.07],
  ["eu-central-1", "Europe (Frankfurt)", 50.11, 8.68],
  ["eu-central-2", "Europe (Zurich)", 47.37, 8.54],
  ["eu-west-1", "Europe (Ireland)", 53.35, -6.26],
  ["eu-west-2", "Europe (London)", 51.51, -0.13],
  ["eu-west-3", "Europe (Paris)", 48.86, 2.35],
  ["eu-south-1", "Europe (Milan)", 45.46, 9.19],
  ["eu-south-2", "Europe (Spain)", 41.65, -0.88],
  ["eu-north-1", "Europe (Stockholm)", 59.33, 18.07],
  ["il-central-1", "Israel (Tel Aviv)", 32.09, 34.78],
  ["me-south-1", "Middle East (Bahrain)", 26.07, 50.56],
  ["me-central-1", "Middle East (UAE)", 24.45, 54.38],
  ["mx-central-1", "Mexico (Central)", 20.59, -100.39],
  ["sa-east-1", "South America (São Paulo)", -23.55, -46.63],
];

// A handful of Local Zone groups (GeoProximityLocation.LocalZoneGroup); unknown groups fall back to their parent Region.
const LOCAL_ZONES: readonly Row[] = [
  ["us-east-1-bos-1", "US East (Boston)", 42.36, -71.06],
  ["us-east-1-nyc-1", "US East (New York City)", 40.71, -74.01],
  ["us-east-1-phl-1", "US East (Philadelphia)", 39.95, -75.17],
  ["us-east-1-atl-1", "US East (Atlanta)", 33.75, -84.39],
  ["us-east-1-mia-1", "US East (Miami)", 25.76, -80.19],
  ["us-east-1-dfw-1", "US East (Dallas)", 32.78, -96.8],
  ["us-west-2-lax-1", "US West (Los Angeles)", 34.05, -118.24],
  ["us-west-2-den-1", "US West (Denver)", 39.74, -104.99],
  ["us-west-2-las-1", "US West (Las Vegas)", 36.17, -115.14],
  ["us-west-2-sea-1", "US West (Seattle)", 47.61, -122.33],
  ["us-west-2-pdx-1", "US West (Portland)", 45.52, -122.68],
];

/** Commercial AWS Regions and some Local Zone groups, keyed by code. */
export const AWS_REGIONS: Readonly<Record<string, AwsLocation>> = Object.fromEntries([
  ...REGIONS.map(([code, name, latitude, longitude]): [string, AwsLocation] => [
    code,
    { code, name, latitude, longitude, kind: "region" },
  ]),
  ...LOCAL_ZONES.map(([code, name, latitude, longitude]): [string, AwsLocation] => [
    code,
    { code, name, latitude, longitude, kind: "local-zone", parent: parentRegionOf(code) },
  ]),
]);

function parentRegionOf(localZoneGroup: string): string {
  return localZoneGroup.replace(/-[a-z]+-\d+[a-z]?$/, "");
}

/**
 * Where a Region or Local Zone group is. An unlisted Local Zone group (e.g. `us-east-1-chi-2`) is placed at its
 * parent Region and reported as approximate.
 */
export function locateAws(code: string): { location: AwsLocation; isApproximate: boolean } | undefined {
  const key = code.toLowerCase();
  const exact = AWS_REGIONS[key];
  if (exact) return { location: exact, isApproximate: false };

  const parent = AWS_REGIONS[parentRegionOf(key)];
  if (parent && parent.kind === "region") return { location: parent, isApproximate: true };
  return undefined;
}
