// `npm run bench`: one JSON line per measure on stdout (see ../shared/BENCH.md); progress on stderr.
// BENCH_QUICK=1 shrinks the sizes for a smoke run.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { emulatorEnv, startEmulator } from "../emulator/emulator";
import { ensureProductionBuild } from "../lib/next-build";
import { freePort } from "../lib/ports";
import { projectRoot } from "../lib/project-root";
import { seed } from "../seed/index";
import { runAdvisorBenchmarks } from "./advisor";
import { runCanaryBenchmarks } from "./canary";
import { progress, type BenchResult } from "./report";
import { createZone, runRoute53ApplyBenchmark, runRoute53ListBenchmarks } from "./route53";
import { runRoute53EditBenchmarks } from "./route53-edit";
import { runSimBenchmarks } from "./sim";
import { runFirstLoadJsBenchmark, runRecordsTableBenchmarks, withConsole } from "./web";

const ROUTES = [
  "/load-balancers",
  "/load-balancers/new",
  "/load-balancers/images-alb",
  "/load-balancers/images-alb/troubleshoot",
  "/target-groups",
  "/target-groups/images-blue",
  "/certificates",
  "/certificates/request",
  "/hosted-zones",
  "/health-checks",
  "/simulator",
  "/rollouts",
  "/rollouts/new",
  "/audit",
];

const emit = (results: BenchResult[]) => {
  for (const result of results) process.stdout.write(`${JSON.stringify(result)}\n`);
};

// BENCH_ONLY=r53.editOne (a metric name or its prefix) runs only the benchmarks whose metrics match, for a dev loop;
// the numbers that count still come from a full run.
const only = process.env.BENCH_ONLY ?? "";
const wants = (...metrics: string[]) => metrics.some((metric) => metric.startsWith(only));

async function main(): Promise<void> {
  const quick = process.env.BENCH_QUICK === "1";
  if (wants("sim.")) emit(runSimBenchmarks({ quick }));

  // The environment must be in place before anything builds an SDK client: clients and appEnv() are cached.
  const emulator = await startEmulator({ port: await freePort() });
  Object.assign(process.env, {
    ...emulatorEnv(emulator.endpoint),
    ROUTEBOARD_DATA_DIR: mkdtempSync(path.join(tmpdir(), "routeboard-bench-")),
  });
  try {
    if (wants("r53.apply5k.")) emit([await runRoute53ApplyBenchmark()]);
    progress("Seeding the emulator");
    await seed({ log: () => undefined });
    if (wants("canary.")) emit(await runCanaryBenchmarks({ quick }));
    if (wants("advisor.")) emit(await runAdvisorBenchmarks({ quick }));
    if (!wants("r53.list10k.", "r53.firstPage10k.", "r53.editOne10k.", "web.", "ui.")) return;

    // The large zone of the list benchmark is the one the edit and UI benchmarks work in.
    const size = quick ? 2_000 : 10_000;
    const list = wants("r53.list10k.", "r53.firstPage10k.", "web.", "ui.")
      ? await runRoute53ListBenchmarks({ quick })
      : undefined;
    if (list) emit(list);
    const zoneId = list ? `${(list[0]?.detail.zone_id as string | undefined) ?? ""}` : await createZone(size);
    if (wants("r53.editOne10k.")) emit(await runRoute53EditBenchmarks({ zoneId, records: size, quick }));
    if (!wants("web.", "ui.")) return;

    await ensureProductionBuild(projectRoot, progress, { stdoutToStderr: true });
    const records = size + 2;
    await withConsole(async (session) => {
      progress("Web: first-load JS per route");
      const zoneRoutes = [
        `/hosted-zones/${zoneId}`,
        `/hosted-zones/${zoneId}/records/new`,
        `/hosted-zones/${zoneId}/import`,
        `/simulator?zone=${zoneId}`,
      ];
      emit([await runFirstLoadJsBenchmark(session, [...ROUTES, ...zoneRoutes])]);
      progress("UI: records table of the large zone");
      emit(await runRecordsTableBenchmarks(session, zoneId, records));
    });
  } finally {
    await emulator.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
