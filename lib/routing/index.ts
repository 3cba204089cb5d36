export { resolve } from "./resolve";
export { distribution, seededRandom } from "./distribution";
export { AWS_REGIONS, locateAws } from "./regions";
export type { AwsLocation } from "./regions";
export { biasedDistanceKm, estimateLatencyMs, greatCircleKm } from "./geo-math";
export { normalizeName } from "./names";
export type { DistributionResult, ResolveInput, ResolveResult, ResourceRecordSet } from "./types";
