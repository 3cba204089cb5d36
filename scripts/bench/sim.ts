/**
 * Simulator benchmarks: resolve() throughput for a 10-record weighted set and a 50-record geoproximity set, and the time
 * of a 1,000,000-query distribution. Each figure is the median of ≥ 5 timed runs after a warm-up. Progress goes to
 * stderr; run standalone with `npx tsx scripts/bench/sim.ts` to print the JSON lines.
 */
import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { pathToFileURL } from "node:url";

import { AWS_REGIONS, distribution, resolve } from "@/lib/routing";
import type { ResolveInput } from "@/lib/routing";

export interface BenchResult {
  metric: string;
  value: number;
  unit: string;
  detail: Record<string, unknown>;
}

// Built with the SDK's own type: this also proves SDK record sets fit resolve()'s structural input type.
function weightedSet(): ResourceRecordSet[] {
  return Array.from({ length: 10 }, (_, i) => ({
    Name: "www.example.com.",
    Type: "A",
    SetIdentifier: `w${i}`,
    Weight: i === 9 ? 0 : (i + 1) * 10,
    TTL: 60,
    HealthCheckId: `hc-${i}`,
    ResourceRecords: [{ Value: `10.0.0.${i + 1}` }],
  }));
}

function geoproximitySet(): ResourceRecordSet[] {
  const codes = Object.keys(AWS_REGIONS);
  return Array.from({ length: 50 }, (_, i): ResourceRecordSet => {
    const code = codes[i % codes.length]!;
    const location =
      i % 5 === 4
        ? {
            Coordinates: {
              Latitude: String(((i * 37) % 160) - 80),
              Longitude: String(((i * 71) % 360) - 180),
            },
          }
        : AWS_REGIONS[code]!.kind === "local-zone"
          ? { LocalZoneGroup: code }
          : { AWSRegion: code };
    return {
      Name: "geo.example.com.",
      Type: "A",
      SetIdentifier: `g${i}`,
      GeoProximityLocation: { ...location, Bias: ((i * 13) % 41) - 20 },
      TTL: 60,
      ResourceRecords: [{ Value: `10.1.0.${i + 1}` }],
    };
  });
}

function clients(n: number): ResolveInput["client"][] {
  let s = 12345;
  const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  return Array.from({ length: n }, () => ({ latitude: next() * 140 - 70, longitude: next() * 360 - 180 }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

let sink = 0;

interface Timing {
  /** CPU time of this process (user + system): what one core spent, whatever else the shared machine runs. */
  cpuMs: number;
  wallMs: number;
}

function timed(work: () => void): Timing {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  work();
  const wallMs = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  return { cpuMs: (cpu.user + cpu.system) / 1000, wallMs };
}

function throughput(inputs: ResolveInput[], calls: number): Timing {
  const k = inputs.length;
  return timed(() => {
    for (let i = 0; i < calls; i++) sink += resolve(inputs[i % k]!).answers.length;
  });
}

/** A warm-up, then `runs` timed runs. */
function measure(name: string, runs: number, once: () => Timing): Timing[] {
  once();
  const out: Timing[] = [];
  for (let r = 0; r < runs; r++) {
    const t = once();
    out.push(t);
    process.stderr.write(
      `  ${name} run ${r + 1}/${runs}: cpu ${t.cpuMs.toFixed(1)} ms, wall ${t.wallMs.toFixed(1)} ms\n`,
    );
  }
  return out;
}

const perSec = (calls: number, ms: number): number => Math.round(calls / (ms / 1000));
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The three sim.* metrics of BENCH.md. */
export function runSimBenchmarks(opts: { quick: boolean }): BenchResult[] {
  const runs = opts.quick ? 5 : 7;
  const calls = opts.quick ? 200_000 : 2_000_000;
  const results: BenchResult[] = [];

  process.stderr.write("sim: weighted, 10 records\n");
  const weighted: ResolveInput = {
    recordSets: weightedSet(),
    query: { name: "www.example.com", type: "A" },
    client: { latitude: 47.6, longitude: -122.3 },
  };
  const w = measure("weighted10", runs, () => throughput([weighted], calls));
  results.push({
    metric: "sim.weighted10.perSec",
    value: median(w.map((t) => perSec(calls, t.cpuMs))),
    unit: "calls/s",
    detail: {
      basis: "median over runs of calls per CPU-second (one thread)",
      runs,
      callsPerRun: calls,
      cpuPerSec: w.map((t) => perSec(calls, t.cpuMs)),
      wallPerSec: w.map((t) => perSec(calls, t.wallMs)),
      records: 10,
    },
  });

  process.stderr.write("sim: geoproximity, 50 records, 1,024 client locations\n");
  const geoSet = geoproximitySet();
  const geoInputs = clients(1024).map((client): ResolveInput => ({
    recordSets: geoSet,
    query: { name: "geo.example.com", type: "A" },
    client,
  }));
  const gCalls = Math.round(calls / 2);
  const g = measure("geoprox50", runs, () => throughput(geoInputs, gCalls));
  results.push({
    metric: "sim.geoprox50.perSec",
    value: median(g.map((t) => perSec(gCalls, t.cpuMs))),
    unit: "calls/s",
    detail: {
      basis: "median over runs of calls per CPU-second (one thread)",
      runs,
      callsPerRun: gCalls,
      cpuPerSec: g.map((t) => perSec(gCalls, t.cpuMs)),
      wallPerSec: g.map((t) => perSec(gCalls, t.wallMs)),
      records: 50,
      clients: geoInputs.length,
    },
  });

  process.stderr.write("sim: distribution, 1,000,000 queries over the weighted set\n");
  const n = opts.quick ? 100_000 : 1_000_000;
  const { random: _ignored, ...distInput } = weighted;
  const d = measure("distribution", runs, () =>
    timed(() => {
      sink += Object.keys(distribution(distInput, n, 42).counts).length;
    }),
  );
  results.push({
    metric: "sim.distribution1m.ms",
    value: round1(median(d.map((t) => t.cpuMs))),
    unit: "ms",
    detail: {
      basis: "median over runs of CPU ms (one thread)",
      runs,
      queries: n,
      cpuMs: d.map((t) => round1(t.cpuMs)),
      wallMs: d.map((t) => round1(t.wallMs)),
      records: 10,
    },
  });

  if (sink === -1) process.stderr.write("");
  return results;
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  for (const r of runSimBenchmarks({ quick: process.env.BENCH_QUICK === "1" }))
    process.stdout.write(`${JSON.stringify(r)}\n`);
}
