import {
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
  type ResourceRecordSet,
} from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";

import { clients } from "@/lib/aws/clients";
import { applyChangeBatches } from "@/lib/aws/route53/change-record-sets";
import { listAllRecordSets, listRecordSetPages } from "@/lib/aws/route53/list-record-sets";
import { planChangeBatches, type DesiredChange } from "@/lib/route53/change-batch";

import { median, progress, round, type BenchResult } from "./report";

function records(count: number, prefix: string): ResourceRecordSet[] {
  return Array.from({ length: count }, (_, index) => ({
    Name: `${prefix}-${index}.bench.example.`,
    Type: "A",
    TTL: 300,
    ResourceRecords: [{ Value: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` }],
  }));
}

/** Creates a zone with `count` records through the console's own apply path. */
export async function createZone(count: number): Promise<string> {
  const zone = await clients.route53().send(
    new CreateHostedZoneCommand({
      Name: "bench.example.",
      CallerReference: `bench-${Date.now()}-${Math.random()}`,
    }),
  );
  const zoneId = (zone.HostedZone?.Id ?? "").replace("/hostedzone/", "");
  const batches = planChangeBatches(
    records(count, "r").map((after): DesiredChange => ({ kind: "create", after })),
  );
  const result = await applyChangeBatches(zoneId, batches);
  if (result.failedAt) throw new Error(`Seeding the bench zone failed at batch ${result.failedAt.index}`);
  return zoneId;
}

/** A bare SDK pagination loop: the baseline the console's data layer is compared with. */
async function bareSdkList(client: Route53Client, zoneId: string): Promise<number> {
  let count = 0;
  let start: {
    StartRecordName?: string;
    StartRecordType?: ResourceRecordSet["Type"];
    StartRecordIdentifier?: string;
  } = {};
  for (;;) {
    const page = await client.send(
      new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, MaxItems: 300, ...start }),
    );
    count += page.ResourceRecordSets?.length ?? 0;
    if (!page.IsTruncated) return count;
    start = {
      StartRecordName: page.NextRecordName,
      StartRecordType: page.NextRecordType,
      StartRecordIdentifier: page.NextRecordIdentifier,
    };
  }
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/** r53.list10k.ratio and r53.firstPage10k.ms against the running emulator. */
export async function runRoute53ListBenchmarks(opts: { quick: boolean }): Promise<BenchResult[]> {
  const size = opts.quick ? 2_000 : 10_000;
  const runs = opts.quick ? 3 : 5;
  progress(`Route 53: creating a ${size.toLocaleString("en-US")}-record zone`);
  const zoneId = await createZone(size);
  const bare = new Route53Client({ region: "us-east-1", endpoint: process.env.AWS_ENDPOINT_URL });

  await listAllRecordSets(zoneId);
  await bareSdkList(bare, zoneId);

  const consoleMs: number[] = [];
  const sdkMs: number[] = [];
  const firstPageMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    progress(`Route 53: list run ${run + 1}/${runs}`);
    const ours = await timed(() => listAllRecordSets(zoneId));
    if (ours.value.length !== size + 2)
      throw new Error(`Listed ${ours.value.length} records, expected ${size + 2}`);
    consoleMs.push(ours.ms);
    sdkMs.push((await timed(() => bareSdkList(bare, zoneId))).ms);

    const pages = listRecordSetPages(zoneId);
    firstPageMs.push((await timed(() => pages.next())).ms);
    await pages.return(undefined);
  }

  const consoleMedian = median(consoleMs);
  const sdkMedian = median(sdkMs);
  const firstPage = median(firstPageMs);
  return [
    {
      metric: "r53.list10k.ratio",
      value: round(consoleMedian / sdkMedian, 3),
      unit: "ratio",
      detail: {
        zone_id: zoneId,
        records: size,
        console_ms: round(consoleMedian),
        sdk_ms: round(sdkMedian),
        runs,
        console_runs_ms: consoleMs.map((ms) => round(ms)),
        sdk_runs_ms: sdkMs.map((ms) => round(ms)),
      },
    },
    {
      metric: "r53.firstPage10k.ms",
      value: round(firstPage),
      unit: "ms",
      detail: {
        records: size,
        full_load_ms: round(consoleMedian),
        share_of_full_load: round(firstPage / consoleMedian, 3),
        runs,
      },
    },
  ];
}

/** r53.apply5k.calls: ChangeResourceRecordSets calls the console's apply path makes for 5,000 new records. */
export async function runRoute53ApplyBenchmark(): Promise<BenchResult> {
  const mock = mockClient(clients.route53());
  let calls = 0;
  mock.on(ChangeResourceRecordSetsCommand).callsFake(() => {
    calls++;
    return { ChangeInfo: { Id: `/change/C${calls}`, Status: "PENDING", SubmittedAt: new Date() } };
  });
  try {
    const batches = planChangeBatches(
      records(5_000, "apply").map((after): DesiredChange => ({ kind: "create", after })),
    );
    const result = await applyChangeBatches("ZBENCH", batches);
    return {
      metric: "r53.apply5k.calls",
      value: calls,
      unit: "calls",
      detail: { records: 5_000, batches: batches.length, applied: result.applied.length, minimum: 5 },
    };
  } finally {
    mock.restore();
  }
}
