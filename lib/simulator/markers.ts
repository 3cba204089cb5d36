import { locateAws } from "@/lib/routing";
import type { ResourceRecordSet } from "@/lib/routing";

/** Where a geoproximity or latency record sits on the map. */
export interface RecordLocation {
  setIdentifier: string;
  latitude: number;
  longitude: number;
}

/** The map positions of a group's geoproximity and latency records (Region, Local Zone group or coordinates). */
export function recordLocations(records: readonly ResourceRecordSet[]): RecordLocation[] {
  return records.flatMap((record): RecordLocation[] => {
    const id = record.SetIdentifier ?? "";
    const geo = record.GeoProximityLocation;
    if (geo?.Coordinates) {
      const latitude = Number(geo.Coordinates.Latitude);
      const longitude = Number(geo.Coordinates.Longitude);
      return Number.isFinite(latitude) && Number.isFinite(longitude)
        ? [{ setIdentifier: id, latitude, longitude }]
        : [];
    }
    const code = geo?.AWSRegion ?? geo?.LocalZoneGroup ?? record.Region;
    const found = code ? locateAws(code) : undefined;
    return found
      ? [{ setIdentifier: id, latitude: found.location.latitude, longitude: found.location.longitude }]
      : [];
  });
}
