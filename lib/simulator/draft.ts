import type { ResourceRecordSet } from "@/lib/routing";

import { groupKey, groupRecords, policyOf } from "./records";

/** A what-if copy of the zone: edited record sets and health checks marked failing, never sent to AWS. */
export interface Draft {
  recordSets: ResourceRecordSet[];
  unhealthy: string[];
}

/** A fresh draft: the zone as read, nothing failing. */
export function createDraft(recordSets: ResourceRecordSet[]): Draft {
  return { recordSets, unhealthy: [] };
}

function isInGroup(record: ResourceRecordSet, key: string): boolean {
  return !!record.Name && !!record.Type && groupKey(record.Name, record.Type) === key;
}

function updateRecord(
  draft: Draft,
  name: string,
  type: string,
  setIdentifier: string,
  change: (record: ResourceRecordSet) => ResourceRecordSet,
): Draft {
  const key = groupKey(name, type);
  return {
    ...draft,
    recordSets: draft.recordSets.map((record) =>
      isInGroup(record, key) && record.SetIdentifier === setIdentifier ? change(record) : record,
    ),
  };
}

/** Route 53's weight range, 0–255, as an integer. */
export function clampWeight(weight: number): number {
  return Number.isFinite(weight) ? Math.min(255, Math.max(0, Math.round(weight))) : 0;
}

/** Route 53's geoproximity bias range, −99..99, as an integer. */
export function clampBias(bias: number): number {
  return Number.isFinite(bias) ? Math.min(99, Math.max(-99, Math.round(bias))) : 0;
}

/** The draft with one weighted record's weight changed. */
export function setWeight(
  draft: Draft,
  name: string,
  type: string,
  setIdentifier: string,
  weight: number,
): Draft {
  return updateRecord(draft, name, type, setIdentifier, (record) => ({
    ...record,
    Weight: clampWeight(weight),
  }));
}

/** The draft with one geoproximity record's bias changed. */
export function setBias(
  draft: Draft,
  name: string,
  type: string,
  setIdentifier: string,
  bias: number,
): Draft {
  return updateRecord(draft, name, type, setIdentifier, (record) =>
    record.GeoProximityLocation
      ? { ...record, GeoProximityLocation: { ...record.GeoProximityLocation, Bias: clampBias(bias) } }
      : record,
  );
}

/** The draft with a health check or alias target marked failing (or healthy again). */
export function setUnhealthy(draft: Draft, id: string, isUnhealthy: boolean): Draft {
  const rest = draft.unhealthy.filter((entry) => entry !== id);
  return { ...draft, unhealthy: isUnhealthy ? [...rest, id] : rest };
}

/** The draft without one record of the group. */
export function removeRecord(draft: Draft, name: string, type: string, setIdentifier: string): Draft {
  const key = groupKey(name, type);
  return {
    ...draft,
    recordSets: draft.recordSets.filter(
      (record) => !(isInGroup(record, key) && record.SetIdentifier === setIdentifier),
    ),
  };
}

/** What the operator gives for a new record; the routing field that applies to the group's policy is used. */
export interface NewRecord {
  setIdentifier: string;
  value: string;
  weight?: number;
  region?: string;
  bias?: number;
  /** Geolocation: "*", a continent code, a country code, or "US-CA". */
  location?: string;
}

/** Why a new record cannot join the group, or undefined when it can. */
export function newRecordProblem(
  draft: Draft,
  name: string,
  type: string,
  input: NewRecord,
): string | undefined {
  const group = groupRecords(draft.recordSets, name, type);
  const first = group[0];
  if (!first) return "The group has no record to copy the routing policy from.";
  if (!input.setIdentifier.trim()) return "Enter a record ID (SetIdentifier).";
  if (input.setIdentifier.length > 128) return "A record ID has at most 128 characters.";
  if (group.some((record) => record.SetIdentifier === input.setIdentifier.trim())) {
    return `Another record of ${name} ${type} already has the ID ${input.setIdentifier.trim()}.`;
  }
  if (!input.value.trim()) return "Enter the value the record answers with.";
  const policy = policyOf(first);
  if (policy === "failover")
    return "A failover group has one primary and one secondary: edit them instead of adding one.";
  if (policy === "latency" && !input.region) return "Choose the AWS Region of the latency record.";
  if (policy === "latency" && group.some((record) => record.Region === input.region)) {
    return `A latency record for ${input.region} already exists; Route 53 allows one per Region.`;
  }
  if (policy === "geoproximity" && !input.region)
    return "Choose the AWS Region the geoproximity record is placed at.";
  if (policy === "geolocation" && !input.location)
    return "Choose the location the geolocation record answers for.";
  return undefined;
}

/** The draft with a new record in the group, copying the policy fields of its first record. */
export function addRecord(draft: Draft, name: string, type: string, input: NewRecord): Draft {
  const group = groupRecords(draft.recordSets, name, type);
  const first = group[0];
  if (!first) return draft;

  const base: ResourceRecordSet = {
    Name: first.Name,
    Type: first.Type,
    SetIdentifier: input.setIdentifier.trim(),
    TTL: first.TTL ?? 60,
    ResourceRecords: [{ Value: input.value.trim() }],
  };
  const policy = policyOf(first);
  let record: ResourceRecordSet = base;
  if (policy === "weighted") record = { ...base, Weight: clampWeight(input.weight ?? 0) };
  else if (policy === "latency") record = { ...base, Region: input.region };
  else if (policy === "multivalue") record = { ...base, MultiValueAnswer: true };
  else if (policy === "geoproximity") {
    record = { ...base, GeoProximityLocation: { AWSRegion: input.region, Bias: clampBias(input.bias ?? 0) } };
  } else if (policy === "geolocation")
    record = { ...base, GeoLocation: geoLocationOf(input.location ?? "*") };

  const lastIndex = draft.recordSets.lastIndexOf(group[group.length - 1]!);
  const recordSets = [...draft.recordSets];
  recordSets.splice(lastIndex + 1, 0, record);
  return { ...draft, recordSets };
}

function geoLocationOf(location: string): NonNullable<ResourceRecordSet["GeoLocation"]> {
  if (location === "*") return { CountryCode: "*" };
  if (location.startsWith("continent:")) return { ContinentCode: location.slice("continent:".length) };
  const [country = "", subdivision] = location.split("-");
  return subdivision ? { CountryCode: country, SubdivisionCode: subdivision } : { CountryCode: country };
}

/** One difference between the zone and the draft, for the "Draft — not applied" summary and the carry links. */
export type DraftChange =
  | { kind: "weight"; setIdentifier: string; from: number; to: number }
  | { kind: "bias"; setIdentifier: string; from: number; to: number }
  | { kind: "added"; setIdentifier: string; record: ResourceRecordSet }
  | { kind: "removed"; setIdentifier: string }
  | { kind: "unhealthy"; id: string };

/** The differences between the zone and the draft within one name and type (and the health marked failing). */
export function draftChanges(
  before: readonly ResourceRecordSet[],
  draft: Draft,
  name: string,
  type: string,
): DraftChange[] {
  const was = groupRecords(before, name, type);
  const now = groupRecords(draft.recordSets, name, type);
  const changes: DraftChange[] = [];

  for (const old of was) {
    const id = old.SetIdentifier ?? "";
    const current = now.find((record) => record.SetIdentifier === old.SetIdentifier);
    if (!current) {
      changes.push({ kind: "removed", setIdentifier: id });
      continue;
    }
    if ((old.Weight ?? 0) !== (current.Weight ?? 0)) {
      changes.push({ kind: "weight", setIdentifier: id, from: old.Weight ?? 0, to: current.Weight ?? 0 });
    }
    const fromBias = old.GeoProximityLocation?.Bias ?? 0;
    const toBias = current.GeoProximityLocation?.Bias ?? 0;
    if (fromBias !== toBias) changes.push({ kind: "bias", setIdentifier: id, from: fromBias, to: toBias });
  }
  for (const record of now) {
    if (!was.some((old) => old.SetIdentifier === record.SetIdentifier)) {
      changes.push({ kind: "added", setIdentifier: record.SetIdentifier ?? "", record });
    }
  }
  for (const id of draft.unhealthy) changes.push({ kind: "unhealthy", id });
  return changes;
}
