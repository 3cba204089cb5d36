import { detectRoutingPolicy, type RoutingPolicy } from "@/lib/route53/routing-policy";
import { nameKey } from "@/lib/routing";
import type { ResourceRecordSet } from "@/lib/routing";

export type { RoutingPolicy };

/** A name and type the simulator can pick, with the routing policy of its records. */
export interface RoutedName {
  /** As Route 53 lists it (fully qualified, final dot). */
  name: string;
  type: string;
  policy: RoutingPolicy;
  recordCount: number;
}

/** The routing policy a record set uses. */
export function policyOf(record: ResourceRecordSet): RoutingPolicy {
  return detectRoutingPolicy(record);
}

/** `name|TYPE` with the name normalised, the identity of a routing group. */
export function groupKey(name: string, type: string): string {
  return `${nameKey(name)}|${type.toUpperCase()}`;
}

/** The names and types whose records use a routing policy other than simple, in zone order. */
export function routedNames(recordSets: readonly ResourceRecordSet[]): RoutedName[] {
  const byKey = new Map<string, RoutedName>();
  for (const record of recordSets) {
    if (!record.Name || !record.Type || record.SetIdentifier === undefined) continue;
    const key = groupKey(record.Name, record.Type);
    const found = byKey.get(key);
    if (found) found.recordCount += 1;
    else byKey.set(key, { name: record.Name, type: record.Type, policy: policyOf(record), recordCount: 1 });
  }
  return [...byKey.values()];
}

/** The requested name and type when the zone has it, else the first weighted one, else the first routed one. */
export function pickRoutedName(
  names: readonly RoutedName[],
  name?: string,
  type?: string,
): RoutedName | undefined {
  if (name) {
    const wanted = nameKey(name);
    const match = names.find(
      (candidate) => nameKey(candidate.name) === wanted && (!type || candidate.type === type.toUpperCase()),
    );
    if (match) return match;
  }
  return names.find((candidate) => candidate.policy === "weighted") ?? names[0];
}

/** What the simulator opens on, the names its picker offers, and a plain note when it is not what was asked for. */
export interface SimulatorTarget {
  initial: RoutedName;
  names: RoutedName[];
  notice?: { kind: "simple" | "missing"; text: string };
}

/**
 * Opens the simulator on the requested name and type. A simple record is opened too (it joins the picker) with a note
 * that it answers the same everywhere; a name the zone lacks falls back to `pickRoutedName` and says so. Undefined when
 * there is nothing to open: no request and no routed name.
 */
export function simulatorTarget(
  recordSets: readonly ResourceRecordSet[],
  name?: string,
  type?: string,
): SimulatorTarget | undefined {
  const names = routedNames(recordSets);
  const fallback = pickRoutedName(names);
  if (!name) return fallback && { initial: fallback, names };

  const requested = pickRoutedName(names, name, type);
  const isRequested = (candidate: { name: string; type: string }): boolean =>
    nameKey(candidate.name) === nameKey(name) && (!type || candidate.type === type.toUpperCase());
  if (requested && isRequested(requested)) return { initial: requested, names };

  const first = recordSets.find(
    (record) =>
      record.Name &&
      record.Type &&
      record.SetIdentifier === undefined &&
      isRequested({ name: record.Name, type: record.Type }),
  );
  if (first?.Name && first.Type) {
    const entry: RoutedName = { name: first.Name, type: first.Type, policy: "simple", recordCount: 1 };
    return {
      initial: entry,
      names: [entry, ...names],
      notice: {
        kind: "simple",
        text: `${first.Name} ${first.Type} is a simple record: Route 53 gives every client the same answer, wherever it is and whatever the health checks say. There is no routing to simulate; choose a weighted, failover, geolocation, geoproximity, latency or multivalue record to compare answers.`,
      },
    };
  }

  if (!fallback) return undefined;
  return {
    initial: fallback,
    names,
    notice: {
      kind: "missing",
      text: `${name}${type ? ` ${type.toUpperCase()}` : ""} is not in this zone (it may have been deleted or renamed). Showing ${fallback.name} ${fallback.type} instead.`,
    },
  };
}

/** The record sets of one name and type. */
export function groupRecords(
  recordSets: readonly ResourceRecordSet[],
  name: string,
  type: string,
): ResourceRecordSet[] {
  const key = groupKey(name, type);
  return recordSets.filter(
    (record) => record.Name && record.Type && groupKey(record.Name, record.Type) === key,
  );
}

/** Something whose health the simulator can override: a health check, or an AWS alias target. */
export interface HealthTarget {
  /** The value to put in ResolveInput.unhealthy. */
  id: string;
  kind: "health-check" | "alias-target";
  /** SetIdentifiers (or names) of the records that depend on it. */
  usedBy: string[];
}

/**
 * The health checks and alias targets (with EvaluateTargetHealth) the answer for this name and type can depend on,
 * following aliases to other names of the zone.
 */
export function healthTargets(
  recordSets: readonly ResourceRecordSet[],
  name: string,
  type: string,
): HealthTarget[] {
  const zoneNames = new Set(recordSets.map((record) => nameKey(record.Name ?? "")));
  const found = new Map<string, HealthTarget>();
  const visited = new Set<string>();

  const add = (id: string, kind: HealthTarget["kind"], user: string): void => {
    const entry = found.get(id) ?? { id, kind, usedBy: [] };
    if (!entry.usedBy.includes(user)) entry.usedBy.push(user);
    found.set(id, entry);
  };

  const visit = (groupName: string, groupType: string, depth: number): void => {
    const key = groupKey(groupName, groupType);
    if (visited.has(key) || depth > 8) return;
    visited.add(key);
    for (const record of groupRecords(recordSets, groupName, groupType)) {
      const user = record.SetIdentifier ?? nameKey(record.Name ?? "");
      if (record.HealthCheckId) add(record.HealthCheckId, "health-check", user);
      const alias = record.AliasTarget;
      if (!alias?.DNSName || !alias.EvaluateTargetHealth) continue;
      const target = nameKey(alias.DNSName);
      if (zoneNames.has(target)) visit(target, groupType, depth + 1);
      else add(target.replace(/^dualstack\./, ""), "alias-target", user);
    }
  };

  visit(name, type, 0);
  return [...found.values()];
}

/** The AWS Regions of a group's latency records, in record order. */
export function latencyRegions(records: readonly ResourceRecordSet[]): string[] {
  return [...new Set(records.flatMap((record) => (record.Region ? [record.Region] : [])))];
}

/** The health key of a record the draft can mark failing: its health check, else its AWS alias target. */
export function healthKeyOf(record: ResourceRecordSet): string | undefined {
  if (record.HealthCheckId) return record.HealthCheckId;
  const alias = record.AliasTarget;
  if (alias?.EvaluateTargetHealth && alias.DNSName) return nameKey(alias.DNSName).replace(/^dualstack\./, "");
  return undefined;
}

/** What routes a record, in a word or a code: "primary", "EU-FR", "default (*)", "eu-west-1", "multivalue". */
export function routingOf(record: ResourceRecordSet): string {
  if (record.Failover) return record.Failover.toLowerCase();
  const geo = record.GeoLocation;
  if (geo)
    return geo.CountryCode === "*"
      ? "default (*)"
      : [geo.ContinentCode, geo.CountryCode, geo.SubdivisionCode].filter(Boolean).join("-");
  if (record.Region) return record.Region;
  if (record.MultiValueAnswer) return "multivalue";
  return "";
}
