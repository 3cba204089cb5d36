import { type RegionScan, scanRegion } from "@/lib/advisor-ops/scan-region";

// The last scan of each region, kept per process so the navigation badge on every page costs no AWS call: the badge
// reads what is here (refreshing it in the background once it is older than FRESH_MS); the /advisor page always scans
// again and leaves its result here. One scan per region runs at a time; callers asking meanwhile share it.

export const FRESH_MS = 60_000;

interface Entry {
  scan?: RegionScan;
  scannedAt: number;
  inFlight?: Promise<RegionScan>;
}

const entries = new Map<string, Entry>();
let scanner: (region: string) => Promise<RegionScan> = scanRegion;
let clock: () => number = () => Date.now();

function entryOf(region: string): Entry {
  let entry = entries.get(region);
  if (!entry) {
    entry = { scannedAt: 0 };
    entries.set(region, entry);
  }
  return entry;
}

/** A new scan of the region (shared with one already running), remembered for the badge. */
export function scanNow(region: string): Promise<RegionScan> {
  const entry = entryOf(region);
  if (entry.inFlight) return entry.inFlight;
  const running = scanner(region).then(
    (scan) => {
      entry.scan = scan;
      entry.scannedAt = clock();
      entry.inFlight = undefined;
      return scan;
    },
    (error: unknown) => {
      entry.inFlight = undefined;
      throw error;
    },
  );
  entry.inFlight = running;
  return running;
}

/**
 * The latest scan without starting one when there is one: a scan older than FRESH_MS is returned as it is and
 * refreshed in the background. Waits only for the first scan of a region, or for one already running (the /advisor
 * page's, so the badge beside it counts what the page shows).
 */
export async function latestScan(region: string): Promise<RegionScan> {
  const entry = entryOf(region);
  if (entry.inFlight) return entry.inFlight;
  if (!entry.scan) return scanNow(region);
  if (clock() - entry.scannedAt > FRESH_MS) {
    // A failed background refresh keeps the last scan; the next call tries again.
    scanNow(region).catch(() => undefined);
  }
  return entry.scan;
}

/** Test hooks: another scanner and clock, and an empty cache. */
export function setScannerForTests(
  replacement: ((region: string) => Promise<RegionScan>) | undefined,
  now?: () => number,
): void {
  scanner = replacement ?? scanRegion;
  clock = now ?? (() => Date.now());
  entries.clear();
}
