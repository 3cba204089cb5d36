import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { pathToFileURL } from "node:url";

import { clients } from "@/lib/aws/clients";
import { callAws } from "@/lib/aws/errors";

import { seedAlarms } from "./alarms";
import type { RegionCertificates } from "./certificates";
import { seedCertificates } from "./certificates";
import type { RegionPlan } from "./config";
import { SEED_REGIONS } from "./config";
import type { AliasTargetLoadBalancer, DnsSummary } from "./dns";
import { seedDns } from "./dns";
import { assertLocalEmulator, defaultToDummyCredentials } from "./guard";
import type { RegionLoadBalancer } from "./load-balancers";
import { seedLoadBalancer } from "./load-balancers";
import type { RegionMisconfigured } from "./misconfigured";
import { seedMisconfigured } from "./misconfigured";
import type { RegionNetwork } from "./network";
import { seedNetwork } from "./network";
import { SeedReporter } from "./reporter";

export interface RegionSummary {
  region: string;
  network: RegionNetwork;
  certificates: RegionCertificates;
  loadBalancer: RegionLoadBalancer;
  /** legacy-alb and legacy-orphan: deliberate mistakes for the advisor to find. */
  misconfigured: RegionMisconfigured;
  alarmNames: string[];
}

export interface SeedSummary {
  endpoint: string;
  accountId: string;
  regions: RegionSummary[];
  dns: DnsSummary;
  /** What this run created; empty when everything was already there. */
  created: string[];
  /** How many resources this run found already in place. */
  existingCount: number;
  warnings: string[];
  durationMs: number;
}

async function seedRegion(
  plan: RegionPlan,
  regionIndex: number,
  report: SeedReporter,
): Promise<RegionSummary> {
  const { region } = plan;
  const [network, certificates] = await Promise.all([
    seedNetwork(plan, report),
    seedCertificates(region, report),
  ]);
  const [loadBalancer, misconfigured] = await Promise.all([
    seedLoadBalancer(region, network, certificates, report),
    seedMisconfigured(region, network, certificates, report),
  ]);
  const alarmNames = await seedAlarms(region, regionIndex, loadBalancer.metricDimension, report);
  return { region, network, certificates, loadBalancer, misconfigured, alarmNames };
}

/**
 * Seeds the local emulator with the image service's infrastructure in us-east-1 and eu-west-1 plus the global
 * example.com zone. Idempotent: everything is looked up (Name tag, name, domain, caller reference) before it is
 * created, and what exists is left as it is, so a second run creates nothing and does not undo edits made since.
 */
export async function seed(opts: { log?: (line: string) => void } = {}): Promise<SeedSummary> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const endpoint = assertLocalEmulator();
  const started = Date.now();

  const identity = await callAws("identify the emulator account", () =>
    clients.sts(SEED_REGIONS[0]?.region ?? "us-east-1").send(new GetCallerIdentityCommand({})),
  );
  log(
    `Seeding ${endpoint} (account ${identity.Account ?? "?"}) in ${SEED_REGIONS.map((plan) => plan.region).join(", ")}`,
  );

  const report = new SeedReporter(log);
  const regionRuns = SEED_REGIONS.map((plan, index) => seedRegion(plan, index, report));
  // DNS starts at once (zone, health checks) and waits for the ALBs only to write the alias records.
  const albs: Promise<AliasTargetLoadBalancer[]> = Promise.all(regionRuns).then((regions) =>
    regions.map(({ region, loadBalancer }) => ({
      region,
      dnsName: loadBalancer.dnsName,
      canonicalHostedZoneId: loadBalancer.canonicalHostedZoneId,
    })),
  );
  // If DNS fails before it awaits the ALBs, their failure is still reported by the Promise.all below, not left unhandled.
  albs.catch(() => undefined);
  const [regions, dns] = await Promise.all([Promise.all(regionRuns), seedDns(albs, report)]);

  const durationMs = Date.now() - started;
  log(
    report.created.length === 0
      ? `Nothing to do: all ${report.existingCount()} resources already exist (${durationMs} ms).`
      : `Created ${report.created.length}, found ${report.existingCount()} already in place (${durationMs} ms).`,
  );

  return {
    endpoint,
    accountId: identity.Account ?? "",
    regions,
    dns,
    created: [...report.created],
    existingCount: report.existingCount(),
    warnings: [...report.warnings],
    durationMs,
  };
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  return script !== undefined && import.meta.url === pathToFileURL(script).href;
}

if (isEntryPoint()) {
  defaultToDummyCredentials();

  seed().then(
    (summary) => {
      for (const warning of summary.warnings) console.warn(`warning: ${warning}`);
      for (const region of summary.regions) {
        console.log(
          `${region.region}: ${region.loadBalancer.dnsName} (${region.loadBalancer.loadBalancerArn})`,
        );
      }
      console.log(`example.com zone: ${summary.dns.hostedZoneId}, ${summary.dns.recordCount} record sets`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
