import type { AlbConfig, Finding, Severity } from "../types";
import { dnsFindings, keepAliveFindings } from "./dns";
import { certificateFindings, listenerFindings } from "./listeners";
import { availabilityFindings, networkFindings } from "./network";
import { attributeFindings, targetGroupFindings } from "./targets";

const ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Everything a console can tell is wrong with the load balancer from API data, worst first. `now`
 * decides certificate expiry.
 */
export function findMisconfigurations(config: AlbConfig, now: Date = new Date()): Finding[] {
  return [
    ...availabilityFindings(config),
    ...networkFindings(config),
    ...listenerFindings(config),
    ...certificateFindings(config, now),
    ...attributeFindings(config),
    ...targetGroupFindings(config),
    ...dnsFindings(config),
    ...keepAliveFindings(config),
  ].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
