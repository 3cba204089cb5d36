import type { ResourceRecordSet } from "@/lib/routing";

import type { DraftChange } from "./draft";
import { groupRecords } from "./records";

/** A link that carries draft values to a page where they can be reviewed and applied. */
export interface CarryLink {
  label: string;
  href: string;
}

function query(params: [string, string][]): string {
  return params.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join("&");
}

/**
 * Links that carry a draft to the record editor (one record, its new weight or bias), the bulk weights page (several
 * weights of the name at once), or the new-record page. Health marked failing is a what-if only and carries nowhere.
 */
export function carryLinks(
  zoneId: string,
  name: string,
  type: string,
  draftRecordSets: readonly ResourceRecordSet[],
  changes: readonly DraftChange[],
): CarryLink[] {
  const zone = `/hosted-zones/${encodeURIComponent(zoneId)}`;
  const links: CarryLink[] = [];
  const weightChanges = changes.filter((change) => change.kind === "weight");

  if (weightChanges.length > 1) {
    const weights = groupRecords(draftRecordSets, name, type).flatMap((record): [string, string][] =>
      record.Weight !== undefined && record.SetIdentifier
        ? [[`w.${record.SetIdentifier}`, String(record.Weight)]]
        : [],
    );
    links.push({
      label: `Carry ${weightChanges.length} weights to the bulk weights page`,
      href: `${zone}/weights?${query([["names", name], ...weights])}`,
    });
  }

  for (const change of changes) {
    const key = `${name}|${type}|${change.kind === "unhealthy" ? "" : change.setIdentifier}`;
    if (change.kind === "weight" && weightChanges.length === 1) {
      links.push({
        label: `Carry weight ${change.to} for ${change.setIdentifier} to the record editor`,
        href: `${zone}/records/edit?${query([
          ["key", key],
          ["weight", String(change.to)],
        ])}`,
      });
    } else if (change.kind === "bias") {
      links.push({
        label: `Carry bias ${change.to} for ${change.setIdentifier} to the record editor`,
        href: `${zone}/records/edit?${query([
          ["key", key],
          ["bias", String(change.to)],
        ])}`,
      });
    } else if (change.kind === "removed") {
      links.push({
        label: `Open ${change.setIdentifier} in the record editor to delete it`,
        href: `${zone}/records/edit?${query([["key", key]])}`,
      });
    } else if (change.kind === "added") {
      const record = change.record;
      const params: [string, string][] = [
        ["name", name],
        ["type", type],
        ["setIdentifier", change.setIdentifier],
        ["value", record.ResourceRecords?.[0]?.Value ?? ""],
      ];
      if (record.Weight !== undefined) params.push(["weight", String(record.Weight)]);
      if (record.Region) params.push(["region", record.Region]);
      if (record.GeoProximityLocation?.AWSRegion)
        params.push(["region", record.GeoProximityLocation.AWSRegion]);
      // Always for geoproximity, 0 included: the new-record page reads a bias as "geoproximity", a lone region as latency.
      if (record.GeoProximityLocation) params.push(["bias", String(record.GeoProximityLocation.Bias ?? 0)]);
      const geo = record.GeoLocation;
      if (geo?.ContinentCode) params.push(["continent", geo.ContinentCode]);
      if (geo?.CountryCode) params.push(["country", geo.CountryCode]);
      if (geo?.SubdivisionCode) params.push(["subdivision", geo.SubdivisionCode]);
      links.push({
        label: `Create ${change.setIdentifier} in the record editor`,
        href: `${zone}/records/new?${query(params)}`,
      });
    }
  }
  return links;
}
