import {
  ChangeResourceRecordSetsCommand,
  GetHostedZoneCommand,
  ListResourceRecordSetsCommand,
  type ResourceRecordSet,
  Route53Client,
} from "@aws-sdk/client-route-53";

import { clients } from "@/lib/aws/clients";
import { applyRecordChange, prepareRecordChange } from "@/lib/aws/route53/prepare-record-change";
import { readRecordSet } from "@/lib/aws/route53/read-record-sets";
import { recordChangeSchema } from "@/lib/schemas/record-change";

import { median, progress, round, type BenchResult } from "./report";
import { createZone } from "./route53";

const COUNTER = "benchCountListResourceRecordSets";

/** Counts ListResourceRecordSets calls made through the console's Route 53 client while `run` runs. */
async function countingListCalls<T>(run: () => Promise<T>): Promise<{ value: T; listCalls: number }> {
  let listCalls = 0;
  const stack = clients.route53().middlewareStack;
  stack.add(
    (next, context) => (args) => {
      if (context.commandName === "ListResourceRecordSetsCommand") listCalls++;
      return next(args);
    },
    { step: "initialize", name: COUNTER },
  );
  try {
    return { value: await run(), listCalls };
  } finally {
    stack.remove(COUNTER);
  }
}

/**
 * What an operator does to change one record, through the same functions the console's edit page and actions call:
 * open the editor (read the record), preview the change, apply it. The value alternates so every run changes it.
 */
async function editOneRecord(zoneId: string, name: string, run: number): Promise<void> {
  const before = await readRecordSet(zoneId, { name, type: "A" });
  if (!before) throw new Error(`${name} is not in zone ${zoneId}`);
  const input = recordChangeSchema.parse({
    zoneId,
    name,
    type: "A",
    ttl: 300,
    values: `192.0.2.${(run % 200) + 1}`,
    routing: { policy: "simple" },
    before,
  });
  await prepareRecordChange(input);
  await applyRecordChange(input, "Routeboard bench: edit one record");
}

/**
 * The same AWS calls made bare, with no console code around them: the emulator's own cost of those calls in each zone
 * (moto scans the zone on every change, where Route 53 does not), the floor the console's ratio is read against.
 */
async function bareEditOneRecord(
  client: Route53Client,
  zoneId: string,
  name: string,
  run: number,
): Promise<void> {
  const list = () =>
    client.send(
      new ListResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        StartRecordName: name,
        StartRecordType: "A",
        MaxItems: 20,
      }),
    );
  const [before] = ((await list()).ResourceRecordSets ?? []).filter((rrset) => rrset.Name === name);
  if (!before) throw new Error(`${name} is not in zone ${zoneId}`);
  await Promise.all([client.send(new GetHostedZoneCommand({ Id: zoneId })), list()]);
  await Promise.all([client.send(new GetHostedZoneCommand({ Id: zoneId })), list()]);
  const after: ResourceRecordSet = {
    ...before,
    ResourceRecords: [{ Value: `198.51.100.${(run % 200) + 1}` }],
  };
  const changes = [
    { Action: "DELETE" as const, ResourceRecordSet: before },
    { Action: "CREATE" as const, ResourceRecordSet: after },
  ];
  await client.send(
    new ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Changes: changes } }),
  );
}

async function timed(run: () => Promise<unknown>): Promise<{ ms: number; listCalls: number }> {
  const started = performance.now();
  const { listCalls } = await countingListCalls(run);
  return { ms: performance.now() - started, listCalls };
}

/**
 * r53.editOne10k.readCalls and r53.editOne10k.ratio: editor → preview → apply of one record in the large zone the list
 * benchmark created, against the same flow in a 10-record zone, alternating, same run.
 */
export async function runRoute53EditBenchmarks(opts: {
  zoneId: string;
  records: number;
  quick: boolean;
}): Promise<BenchResult[]> {
  const runs = opts.quick ? 3 : 7;
  progress("Route 53: creating a 10-record zone for the edit flow");
  const smallZoneId = await createZone(10);
  const bigName = `r-${Math.floor(opts.records / 2)}.bench.example.`;
  const smallName = "r-5.bench.example.";

  // Warm both paths (clients, connections) before measuring.
  await editOneRecord(opts.zoneId, bigName, 0);
  await editOneRecord(smallZoneId, smallName, 0);

  const bare = new Route53Client({ region: "us-east-1", endpoint: process.env.AWS_ENDPOINT_URL });
  const big: { ms: number; listCalls: number }[] = [];
  const small: { ms: number; listCalls: number }[] = [];
  const bareBig: number[] = [];
  const bareSmall: number[] = [];
  for (let run = 1; run <= runs; run++) {
    progress(`Route 53: edit-one-record run ${run}/${runs}`);
    big.push(await timed(() => editOneRecord(opts.zoneId, bigName, run)));
    small.push(await timed(() => editOneRecord(smallZoneId, smallName, run)));
    bareBig.push((await timed(() => bareEditOneRecord(bare, opts.zoneId, bigName, run))).ms);
    bareSmall.push((await timed(() => bareEditOneRecord(bare, smallZoneId, smallName, run))).ms);
  }

  const bigMs = median(big.map((entry) => entry.ms));
  const smallMs = median(small.map((entry) => entry.ms));
  const readCalls = Math.max(...big.map((entry) => entry.listCalls));
  return [
    {
      metric: "r53.editOne10k.readCalls",
      value: readCalls,
      unit: "calls",
      detail: {
        records: opts.records,
        flow: "editor read + preview + apply",
        per_run: big.map((entry) => entry.listCalls),
        small_zone_calls: Math.max(...small.map((entry) => entry.listCalls)),
      },
    },
    {
      metric: "r53.editOne10k.ratio",
      value: round(bigMs / smallMs, 3),
      unit: "ratio",
      detail: {
        records: opts.records,
        big_ms: round(bigMs),
        small_ms: round(smallMs),
        runs,
        bare_sdk_ratio: round(median(bareBig) / median(bareSmall), 3),
        bare_sdk_big_ms: round(median(bareBig)),
        bare_sdk_small_ms: round(median(bareSmall)),
        big_runs_ms: big.map((entry) => round(entry.ms)),
        small_runs_ms: small.map((entry) => round(entry.ms)),
      },
    },
  ];
}
