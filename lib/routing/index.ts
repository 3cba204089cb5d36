/**
 * The Route 53 resolution engine: given a zone's record sets, a query, a client location and failing health checks,
 * answers as Route 53 would and explains each step. Pure and synchronous: no I/O, no React, Next or AWS SDK.
 */
export { resolve } from "./resolve";
export { distribution, seededRandom } from "./distribution";
export { AWS_REGIONS, locateAws } from "./regions";
export type { AwsLocation } from "./regions";
export { biasedDistanceKm, estimateLatencyMs, greatCircleKm } from "./geo-math";
export { nameKey } from "./names";
export type { DistributionResult, ResolveInput, ResolveResult, ResourceRecordSet } from "./types";
export { nearestCountry } from "./nearest";
