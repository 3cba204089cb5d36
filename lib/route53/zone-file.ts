import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { quoteCharacterStrings } from "./values/character-strings";
import { MAX_VALUES_PER_RECORD, TTL_MAX } from "./limits";
import {
  absoluteName,
  decodeOctalEscapes,
  isNameInZone,
  isZoneApex,
  normalizeName,
  relativeName,
} from "./names";
import { nameTypeKey } from "./record-key";
import { detectRoutingPolicy } from "./routing-policy";
import { RECORD_TYPES, recordValueProblem, type RecordType } from "./values";
import { tokenizeZoneFile, type ZoneToken } from "./zone-file-tokens";

export { exportJson, parseJsonRecordSets } from "./zone-json";

export interface ZoneFileLineError {
  line: number;
  message: string;
}

export interface SkippedRecord {
  line: number;
  name: string;
  type: string;
  reason: string;
}

export interface ParsedZoneFile {
  /** Grouped by name and type, values merged, in first-seen order. */
  recordSets: ResourceRecordSet[];
  skipped: SkippedRecord[];
  errors: ZoneFileLineError[];
  warnings: ZoneFileLineError[];
}

const CLASSES = new Set(["IN", "CH", "HS", "CS"]);
const TTL_UNITS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400, w: 604_800 };

/** BIND TTL: seconds, or units such as 1h30m (BIND 9 extension). Returns null when it isn't a TTL. */
export function parseTtl(text: string): number | null {
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (!/^([0-9]+[smhdw])+$/i.test(text)) return null;
  let total = 0;
  for (const [, amount, unit] of text.toLowerCase().matchAll(/([0-9]+)([smhdw])/g))
    total += Number(amount) * (TTL_UNITS[unit ?? "s"] ?? 1);
  return total;
}

const isRecordType = (type: string): type is RecordType => (RECORD_TYPES as readonly string[]).includes(type);

// Which rdata field holds a domain name that a relative form must be completed with $ORIGIN.
const NAME_FIELD: Partial<Record<RecordType, number>> = { CNAME: 0, NS: 0, PTR: 0, MX: 1, SRV: 3, NAPTR: 5 };

function buildValue(type: RecordType, rdata: ZoneToken[], origin: string): string {
  if (type === "TXT" || type === "SPF") {
    return rdata.map((token) => (token.isQuoted ? token.text : quoteCharacterStrings(token.text))).join(" ");
  }
  const parts = rdata.map((token) => token.text);
  const nameField = NAME_FIELD[type];
  const name = nameField === undefined ? undefined : parts[nameField];
  if (nameField !== undefined && name !== undefined && name !== ".")
    parts[nameField] = absoluteName(name, origin);
  if (type === "CAA" && rdata[2] && !rdata[2].isQuoted) parts[2] = `"${rdata[2].text}"`;
  return parts.join(" ");
}

/**
 * Parses a BIND zone file into record sets for `zoneName`. Supports $ORIGIN, $TTL, relative and absolute names, @,
 * blank owner (= previous), parentheses, comments, quoted TXT and an optional class. SOA and apex NS are skipped
 * because Route 53 manages them; unsupported types and bad values are per-line errors.
 */
export function parseBindZone(text: string, zoneName: string): ParsedZoneFile {
  const zone = normalizeName(zoneName);
  const { entries, errors } = tokenizeZoneFile(text);
  const warnings: ZoneFileLineError[] = [];
  const skipped: SkippedRecord[] = [];
  const groups = new Map<string, { rrset: ResourceRecordSet; line: number; values: Set<string> }>();

  let origin = zone;
  let defaultTtl: number | null = null;
  let lastTtl: number | null = null;
  let previousOwner: string | null = null;

  for (const { line, hasBlankOwner, tokens } of entries) {
    const first = tokens[0]?.text ?? "";
    const error = (message: string) => errors.push({ line, message });

    if (first.startsWith("$")) {
      const directive = first.toUpperCase();
      const argument = tokens[1]?.text;
      if (directive === "$ORIGIN" && argument) origin = absoluteName(argument, origin);
      else if (directive === "$TTL" && argument && parseTtl(argument) !== null)
        defaultTtl = parseTtl(argument);
      else
        error(
          `${[first, argument].filter(Boolean).join(" ")} isn't supported here; use $ORIGIN name or $TTL seconds.`,
        );
      continue;
    }

    let position = 0;
    let owner: string;
    if (hasBlankOwner) {
      if (previousOwner === null) {
        error("This line has no name and there is no earlier record to take it from.");
        continue;
      }
      owner = previousOwner;
    } else {
      owner = absoluteName(first, origin);
      position = 1;
    }
    previousOwner = owner;

    let ttl: number | null = null;
    let recordClass = "IN";
    for (let step = 0; step < 2; step += 1) {
      const token = tokens[position]?.text ?? "";
      if (ttl === null && parseTtl(token) !== null) {
        ttl = parseTtl(token);
        position += 1;
      } else if (CLASSES.has(token.toUpperCase())) {
        recordClass = token.toUpperCase();
        position += 1;
      }
    }
    const type = (tokens[position]?.text ?? "").toUpperCase();
    const rdata = tokens.slice(position + 1);
    const displayName = owner;

    if (recordClass !== "IN") {
      error(`Only class IN is supported; this record is class ${recordClass}.`);
      continue;
    }
    if (type === "") {
      error("This line has no record type.");
      continue;
    }
    if (type === "SOA") {
      skipped.push({
        line,
        name: displayName,
        type,
        reason: "Route 53 manages the SOA record of a hosted zone.",
      });
      continue;
    }
    if (type === "NS" && isZoneApex(owner, zone)) {
      skipped.push({
        line,
        name: displayName,
        type,
        reason: "Route 53 assigns the zone's own name servers (apex NS).",
      });
      continue;
    }
    if (!isRecordType(type)) {
      error(`Record type ${type} can't be imported; supported types are ${RECORD_TYPES.join(", ")}.`);
      continue;
    }
    if (!isNameInZone(owner, zone)) {
      error(`${owner} isn't in the zone ${zone}.`);
      continue;
    }
    if (rdata.length === 0) {
      error(`The ${type} record for ${owner} has no value.`);
      continue;
    }

    const effectiveTtl = ttl ?? defaultTtl ?? lastTtl;
    if (effectiveTtl === null) {
      error("No TTL: give one on the record or add a $TTL line before it.");
      continue;
    }
    if (effectiveTtl > TTL_MAX) {
      error(`The TTL can be at most ${TTL_MAX}.`);
      continue;
    }
    if (ttl !== null) lastTtl = ttl;

    const value = buildValue(type, rdata, origin);
    const problem = recordValueProblem(type, value);
    if (problem) {
      error(`${owner} ${type}: ${problem}`);
      continue;
    }

    const key = nameTypeKey({ Name: owner, Type: type });
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        rrset: { Name: owner, Type: type, TTL: effectiveTtl },
        line,
        values: new Set([value]),
      });
      continue;
    }
    if (group.rrset.TTL !== effectiveTtl) {
      warnings.push({
        line,
        message: `${owner} ${type} has TTL ${effectiveTtl} here but ${group.rrset.TTL} on line ${group.line}; Route 53 keeps one TTL per record, so ${group.rrset.TTL} is used.`,
      });
    }
    if (type === "CNAME" && !group.values.has(value)) {
      error(`${owner} already has a CNAME on line ${group.line}; a CNAME has exactly one value.`);
      continue;
    }
    group.values.add(value);
  }

  const recordSets: ResourceRecordSet[] = [];
  for (const { rrset, line, values } of groups.values()) {
    if (values.size > MAX_VALUES_PER_RECORD) {
      errors.push({
        line,
        message: `${rrset.Name} ${rrset.Type} has ${values.size} values; Route 53 allows ${MAX_VALUES_PER_RECORD} per record.`,
      });
      continue;
    }
    recordSets.push({ ...rrset, ResourceRecords: [...values].map((Value) => ({ Value })) });
  }

  // DG "Supported DNS record types" › CNAME: no other record can share a CNAME's name.
  const cnameNames = new Set(recordSets.filter((r) => r.Type === "CNAME").map((r) => r.Name));
  const importable = recordSets.filter((rrset) => {
    if (rrset.Type === "CNAME" || !cnameNames.has(rrset.Name)) return true;
    const line = groups.get(nameTypeKey(rrset))?.line ?? 0;
    errors.push({
      line,
      message: `${rrset.Name} has a CNAME, so it can't also have a ${rrset.Type} record.`,
    });
    return false;
  });
  errors.sort((a, b) => a.line - b.line);
  return { recordSets: importable, skipped, errors, warnings };
}

function bindLine(name: string, ttl: number | undefined, type: string, value: string): string {
  return `${name}\t${ttl ?? ""}\tIN\t${type}\t${value}`;
}

function describeRouting(rrset: ResourceRecordSet): string {
  const policy = detectRoutingPolicy(rrset);
  const details: string[] = [`${policy} routing`, `set identifier "${rrset.SetIdentifier ?? ""}"`];
  if (rrset.Weight !== undefined) details.push(`weight ${rrset.Weight}`);
  if (rrset.Failover) details.push(rrset.Failover);
  if (rrset.Region) details.push(`region ${rrset.Region}`);
  if (rrset.GeoLocation) details.push(`location ${JSON.stringify(rrset.GeoLocation)}`);
  if (rrset.GeoProximityLocation) details.push(`geoproximity ${JSON.stringify(rrset.GeoProximityLocation)}`);
  if (rrset.HealthCheckId) details.push(`health check ${rrset.HealthCheckId}`);
  return details.join(", ");
}

/**
 * A BIND zone file for the zone. Simple records become ordinary lines. BIND can't express alias records or routing
 * policies (weighted, failover, geolocation, geoproximity, latency, multivalue), so those are written as comments
 * that describe them; use the JSON export to move them between zones.
 */
export function exportBind(zoneName: string, recordSets: readonly ResourceRecordSet[]): string {
  const zone = normalizeName(zoneName);
  const lines = [
    `$ORIGIN ${zone}`,
    "; Exported by Routeboard. Alias records and records with a routing policy other than simple can't be expressed",
    "; in BIND syntax: they appear below as comments only and are not re-imported. Use the JSON export to keep them.",
  ];

  for (const rrset of recordSets) {
    const name = relativeName(decodeOctalEscapes(rrset.Name ?? ""), zone);
    const type = rrset.Type ?? "";
    const policy = detectRoutingPolicy(rrset);
    const values = (rrset.ResourceRecords ?? []).map((record) => record.Value ?? "");

    if (rrset.AliasTarget) {
      const target = rrset.AliasTarget;
      const routing = policy === "simple" ? "" : `, ${describeRouting(rrset)}`;
      lines.push(
        `; ALIAS ${name} ${type} -> ${target.DNSName ?? ""} (hosted zone ${target.HostedZoneId ?? ""}, evaluate target health ${String(target.EvaluateTargetHealth ?? false)}${routing})`,
      );
      continue;
    }
    if (policy !== "simple") {
      lines.push(`; ${describeRouting(rrset)}:`);
      for (const value of values) lines.push(`; ${bindLine(name, rrset.TTL, type, value)}`);
      continue;
    }
    for (const value of values) lines.push(bindLine(name, rrset.TTL, type, value));
  }
  return `${lines.join("\n")}\n`;
}
