import { ACMClient, DescribeCertificateCommand, paginateListCertificates } from "@aws-sdk/client-acm";
import {
  DescribeNetworkAclsCommand,
  EC2Client,
  paginateDescribeInstances,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
} from "@aws-sdk/client-ec2";
import {
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeRulesCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeLoadBalancers,
  paginateDescribeTargetGroups,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import {
  GetHealthCheckStatusCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
  paginateListHealthChecks,
  paginateListHostedZones,
  type ResourceRecordSet,
} from "@aws-sdk/client-route-53";

import { ELB_CONCURRENCY, ZONE_CONCURRENCY } from "@/lib/advisor-ops/gather-snapshot";
import { mapLimit } from "@/lib/async/map-limit";
import { scanRegion } from "@/lib/advisor-ops/scan-region";
import { sharedClientConfig } from "@/lib/aws/client-config";
import { clients } from "@/lib/aws/clients";

import { ADVISOR_BENCH_REGION, FULL_SIZE, QUICK_SIZE, seedAdvisorBench } from "./advisor-seed";
import { median, progress, round, type BenchResult } from "./report";

const region = ADVISOR_BENCH_REGION;

async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

/**
 * The same API calls the scan makes, in the same two waves and with the same limits, straight on fresh SDK clients
 * with nothing mapped, assembled or checked: the floor a scan cannot go below.
 */
async function bareReads(): Promise<number> {
  const elb = new ElasticLoadBalancingV2Client(sharedClientConfig(region));
  const ec2 = new EC2Client(sharedClientConfig(region));
  const acm = new ACMClient(sharedClientConfig(region));
  const r53 = new Route53Client(sharedClientConfig("us-east-1"));

  const [lbPages, tgPages, , , , , zoneRecords, checkPages] = await Promise.all([
    all(paginateDescribeLoadBalancers({ client: elb }, {})),
    all(paginateDescribeTargetGroups({ client: elb }, {})),
    all(paginateListCertificates({ client: acm }, {})).then((pages) =>
      Promise.all(
        pages
          .flatMap((page) => page.CertificateSummaryList ?? [])
          .map((cert) => acm.send(new DescribeCertificateCommand({ CertificateArn: cert.CertificateArn }))),
      ),
    ),
    all(paginateDescribeSecurityGroups({ client: ec2 }, {})),
    all(paginateDescribeSubnets({ client: ec2 }, {})).then((pages) => {
      const vpcIds = [
        ...new Set(pages.flatMap((page) => page.Subnets ?? []).map((subnet) => subnet.VpcId ?? "")),
      ];
      return all(
        paginateDescribeRouteTables({ client: ec2 }, { Filters: [{ Name: "vpc-id", Values: vpcIds }] }),
      );
    }),
    all(paginateDescribeInstances({ client: ec2 }, {})),
    all(paginateListHostedZones({ client: r53 }, {})).then((pages) =>
      mapLimit(
        pages.flatMap((page) => page.HostedZones ?? []),
        ZONE_CONCURRENCY,
        async (zone) => {
          const records: ResourceRecordSet[] = [];
          let start: {
            StartRecordName?: string;
            StartRecordType?: ResourceRecordSet["Type"];
            StartRecordIdentifier?: string;
          } = {};
          for (;;) {
            const page = await r53.send(
              new ListResourceRecordSetsCommand({ HostedZoneId: zone.Id, MaxItems: 300, ...start }),
            );
            records.push(...(page.ResourceRecordSets ?? []));
            if (!page.IsTruncated) return records;
            start = {
              StartRecordName: page.NextRecordName,
              StartRecordType: page.NextRecordType,
              StartRecordIdentifier: page.NextRecordIdentifier,
            };
          }
        },
      ),
    ),
    all(paginateListHealthChecks({ client: r53 }, {})),
  ]);
  const lbs = lbPages.flatMap((page) => page.LoadBalancers ?? []);
  const groups = tgPages.flatMap((page) => page.TargetGroups ?? []);
  const checks = checkPages.flatMap((page) => page.HealthChecks ?? []);
  await Promise.all([
    mapLimit(lbs, ELB_CONCURRENCY, async (lb) => {
      const [, listeners] = await Promise.all([
        elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: lb.LoadBalancerArn })),
        elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn })),
      ]);
      await Promise.all(
        (listeners.Listeners ?? []).map(async (listener) => {
          if (listener.Protocol === "HTTPS")
            await elb.send(new DescribeListenerCertificatesCommand({ ListenerArn: listener.ListenerArn }));
          await elb.send(new DescribeRulesCommand({ ListenerArn: listener.ListenerArn }));
        }),
      );
    }),
    mapLimit(groups, ELB_CONCURRENCY, (group) =>
      Promise.all([
        elb.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: group.TargetGroupArn })),
        elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: group.TargetGroupArn })),
      ]),
    ),
    Promise.all(
      [...new Set(lbs.map((lb) => lb.VpcId ?? ""))].map((vpcId) =>
        ec2.send(new DescribeNetworkAclsCommand({ Filters: [{ Name: "vpc-id", Values: [vpcId] }] })),
      ),
    ),
    mapLimit(checks, 4, (check) => r53.send(new GetHealthCheckStatusCommand({ HealthCheckId: check.Id }))),
  ]);
  for (const client of [elb, ec2, acm, r53]) client.destroy();
  return zoneRecords.reduce((sum, records) => sum + records.length, 0);
}

const COUNTER = "benchCountAdvisorCalls";

/** API calls by command name made through the console's clients while `run` runs. */
async function countingCalls<T>(run: () => Promise<T>): Promise<{ value: T; calls: Record<string, number> }> {
  const calls: Record<string, number> = {};
  // Every client's stack takes the same initialize middleware; the SDK types them per service.
  const stacks = [clients.elbv2(region), clients.ec2(region), clients.acm(region), clients.route53()].map(
    (client) => client.middlewareStack as unknown as Route53Client["middlewareStack"],
  );
  for (const stack of stacks)
    stack.add(
      (next, context) => (args) => {
        const name = String(context.commandName ?? "unknown").replace(/Command$/, "");
        calls[name] = (calls[name] ?? 0) + 1;
        return next(args);
      },
      { step: "initialize", name: COUNTER },
    );
  try {
    return { value: await run(), calls };
  } finally {
    for (const stack of stacks) stack.remove(COUNTER);
  }
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/** advisor.scanMs and advisor.scan.ratio: scanRegion against the bare reads it needs, alternating, same emulator. */
export async function runAdvisorBenchmarks(opts: { quick: boolean }): Promise<BenchResult[]> {
  const size = opts.quick ? QUICK_SIZE : FULL_SIZE;
  const runs = opts.quick ? 3 : 5;
  await seedAdvisorBench(size);

  progress("Advisor: warm-up");
  const { value: first, calls } = await countingCalls(() => scanRegion(region));
  await bareReads();
  if (first.snapshot.loadBalancers.length !== size.loadBalancers)
    throw new Error(`Scanned ${first.snapshot.loadBalancers.length} ALBs, expected ${size.loadBalancers}`);

  const scanMs: number[] = [];
  const sdkMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    progress(`Advisor: run ${run + 1}/${runs}`);
    // Alternate which goes first, so neither always meets a warmer emulator.
    const order = run % 2 === 0 ? ["scan", "sdk"] : ["sdk", "scan"];
    for (const which of order) {
      if (which === "scan") scanMs.push((await timed(() => scanRegion(region))).ms);
      else sdkMs.push((await timed(() => bareReads())).ms);
    }
  }
  const ratios = scanMs.map((ms, run) => ms / (sdkMs[run] ?? ms));
  const totalCalls = Object.values(calls).reduce((sum, count) => sum + count, 0);
  const shape = {
    region,
    load_balancers: first.snapshot.loadBalancers.length,
    target_groups: first.snapshot.targetGroups.length,
    zones: first.snapshot.zones.length,
    records: first.snapshot.zones.reduce((sum, zone) => sum + zone.records.length, 0),
    findings: first.findings.length,
  };
  return [
    {
      metric: "advisor.scanMs",
      value: round(median(scanMs)),
      unit: "ms",
      detail: { ...shape, runs, runs_ms: scanMs.map((ms) => round(ms)), calls_total: totalCalls, calls },
    },
    {
      metric: "advisor.scan.ratio",
      value: round(median(ratios), 3),
      unit: "ratio",
      detail: {
        scan_ms: round(median(scanMs)),
        sdk_ms: round(median(sdkMs)),
        runs,
        scan_runs_ms: scanMs.map((ms) => round(ms)),
        sdk_runs_ms: sdkMs.map((ms) => round(ms)),
      },
    },
  ];
}
