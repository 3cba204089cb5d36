import type { HealthCheck, HealthCheckConfig, ResourceRecordSet } from "@aws-sdk/client-route-53";
import {
  ChangeResourceRecordSetsCommand,
  ChangeTagsForResourceCommand,
  CreateHealthCheckCommand,
  CreateHostedZoneCommand,
  ListHealthChecksCommand,
  ListHostedZonesByNameCommand,
} from "@aws-sdk/client-route-53";
import { randomUUID } from "node:crypto";

import { clients } from "@/lib/aws/clients";
import { callAws } from "@/lib/aws/errors";
import { bareZoneId } from "@/lib/aws/route53/hosted-zones";
import { listAllRecordSets } from "@/lib/aws/route53/list-record-sets";

import { MISCONFIGURED, PROJECT_TAG, ZONE_NAME } from "./config";
import type { SeedReporter } from "./reporter";

export interface AliasTargetLoadBalancer {
  region: string;
  dnsName: string;
  canonicalHostedZoneId: string;
}

export interface DnsSummary {
  hostedZoneId: string;
  /** Health check ids by their seed key (api-primary, mv-1 … mv-4). */
  healthCheckIds: Record<string, string>;
  recordCount: number;
  /** False when the emulator dropped GeoProximityLocation (moto without our launcher's patch). */
  isGeoproximityKept: boolean;
}

/** Health checks are found again by CallerReference, which Route 53 keeps for the check's lifetime. */
const CALLER_REFERENCE_PREFIX = "routeboard-demo/";

const API_PRIMARY_IP = "198.51.100.10";
const MULTIVALUE_IPS = ["203.0.113.11", "203.0.113.12", "203.0.113.13", "203.0.113.14"];

function healthCheckPlans(): { key: string; config: HealthCheckConfig }[] {
  return [
    {
      key: "api-primary",
      config: {
        Type: "HTTPS",
        IPAddress: API_PRIMARY_IP,
        FullyQualifiedDomainName: `api.${ZONE_NAME}`,
        Port: 443,
        ResourcePath: "/healthz",
        RequestInterval: 30,
        FailureThreshold: 3,
        EnableSNI: true,
      },
    },
    ...MULTIVALUE_IPS.map((ip, index) => ({
      key: `mv-${index + 1}`,
      config: {
        Type: "HTTP",
        IPAddress: ip,
        Port: 80,
        ResourcePath: "/healthz",
        RequestInterval: 30,
        FailureThreshold: 3,
      } satisfies HealthCheckConfig,
    })),
  ];
}

async function ensureZone(report: SeedReporter): Promise<string> {
  const route53 = clients.route53();
  return report.ensure(
    `hosted zone ${ZONE_NAME}`,
    async () => {
      const found = await callAws("find the demo hosted zone", () =>
        route53.send(new ListHostedZonesByNameCommand({ DNSName: ZONE_NAME, MaxItems: 100 })),
      );
      const zone = found.HostedZones?.find(
        (candidate) => candidate.Name === `${ZONE_NAME}.` && !candidate.Config?.PrivateZone,
      );
      return zone?.Id ? bareZoneId(zone.Id) : undefined;
    },
    async () => {
      const made = await callAws("create the demo hosted zone", () =>
        route53.send(
          new CreateHostedZoneCommand({
            Name: ZONE_NAME,
            CallerReference: `${CALLER_REFERENCE_PREFIX}zone/${randomUUID()}`,
            HostedZoneConfig: {
              Comment: "Routeboard demo: one record per routing policy",
              PrivateZone: false,
            },
          }),
        ),
      );
      const id = bareZoneId(made.HostedZone?.Id ?? "");
      await callAws("tag the demo hosted zone", () =>
        route53.send(
          new ChangeTagsForResourceCommand({
            ResourceType: "hostedzone",
            ResourceId: id,
            AddTags: [{ ...PROJECT_TAG }],
          }),
        ),
      );
      return id;
    },
  );
}

async function listAllHealthChecks(): Promise<HealthCheck[]> {
  const route53 = clients.route53();
  const all: HealthCheck[] = [];
  let marker: string | undefined;
  do {
    const page = await callAws("list the health checks", () =>
      route53.send(new ListHealthChecksCommand({ Marker: marker, MaxItems: 100 })),
    );
    all.push(...(page.HealthChecks ?? []));
    marker = page.IsTruncated ? page.NextMarker : undefined;
  } while (marker);
  return all;
}

async function ensureHealthChecks(report: SeedReporter): Promise<Record<string, string>> {
  const route53 = clients.route53();
  const existing = new Map(
    (await listAllHealthChecks()).map((check) => [check.CallerReference ?? "", check.Id ?? ""] as const),
  );

  const entries = await Promise.all(
    healthCheckPlans().map(async ({ key, config }) => {
      const callerReference = `${CALLER_REFERENCE_PREFIX}${key}`;
      const id = await report.ensure(
        `health check ${key} (${config.Type} ${config.IPAddress}:${config.Port}${config.ResourcePath})`,
        () => Promise.resolve(existing.get(callerReference)),
        async () => {
          const made = await callAws("create a demo health check", () =>
            route53.send(
              new CreateHealthCheckCommand({ CallerReference: callerReference, HealthCheckConfig: config }),
            ),
          );
          const created = made.HealthCheck?.Id ?? "";
          await callAws("tag a demo health check", () =>
            route53.send(
              new ChangeTagsForResourceCommand({
                ResourceType: "healthcheck",
                ResourceId: created,
                AddTags: [{ Key: "Name", Value: key }, { ...PROJECT_TAG }],
              }),
            ),
          );
          return created;
        },
      );
      return [key, id] as const;
    }),
  );
  return Object.fromEntries(entries);
}

function a(name: string, values: string[], ttl = 300): ResourceRecordSet {
  return { Name: name, Type: "A", TTL: ttl, ResourceRecords: values.map((Value) => ({ Value })) };
}

function alias(target: AliasTargetLoadBalancer): ResourceRecordSet["AliasTarget"] {
  return { HostedZoneId: target.canonicalHostedZoneId, DNSName: target.dnsName, EvaluateTargetHealth: true };
}

/** Every routing policy once, so each view of the console has something to show. */
function desiredRecords(
  healthChecks: Record<string, string>,
  albs: AliasTargetLoadBalancer[],
): ResourceRecordSet[] {
  const zone = ZONE_NAME;
  const albIn = (region: string): AliasTargetLoadBalancer => {
    const found = albs.find((alb) => alb.region === region);
    if (!found) throw new Error(`No load balancer seeded in ${region}`);
    return found;
  };

  return [
    // Simple.
    a(`www.${zone}`, ["192.0.2.10", "192.0.2.11"]),
    {
      Name: zone,
      Type: "TXT",
      TTL: 300,
      ResourceRecords: [
        { Value: '"v=spf1 include:amazonses.com -all"' },
        { Value: '"routeboard-demo=images"' },
      ],
    },
    {
      Name: zone,
      Type: "MX",
      TTL: 300,
      ResourceRecords: [{ Value: `10 mail1.${zone}` }, { Value: `20 mail2.${zone}` }],
    },
    {
      Name: zone,
      Type: "CAA",
      TTL: 3600,
      ResourceRecords: [{ Value: '0 issue "amazon.com"' }, { Value: '0 issuewild "amazon.com"' }],
    },

    // Failover: the primary is health checked, the secondary answers when it fails.
    {
      ...a(`api.${zone}`, [API_PRIMARY_IP], 60),
      SetIdentifier: "api-primary",
      Failover: "PRIMARY",
      HealthCheckId: healthChecks["api-primary"],
    },
    { ...a(`api.${zone}`, ["198.51.100.20"], 60), SetIdentifier: "api-secondary", Failover: "SECONDARY" },

    // Geolocation: subdivision > country > continent > default.
    {
      ...a(`geo.${zone}`, ["192.0.2.21"], 60),
      SetIdentifier: "geo-europe",
      GeoLocation: { ContinentCode: "EU" },
    },
    { ...a(`geo.${zone}`, ["192.0.2.22"], 60), SetIdentifier: "geo-us", GeoLocation: { CountryCode: "US" } },
    {
      ...a(`geo.${zone}`, ["192.0.2.23"], 60),
      SetIdentifier: "geo-us-ca",
      GeoLocation: { CountryCode: "US", SubdivisionCode: "CA" },
    },
    {
      ...a(`geo.${zone}`, ["192.0.2.24"], 60),
      SetIdentifier: "geo-default",
      GeoLocation: { CountryCode: "*" },
    },

    // Geoproximity: two Regions (one biased) and a coordinates record (Sydney).
    {
      ...a(`near.${zone}`, ["192.0.2.31"], 60),
      SetIdentifier: "near-us-east-1",
      GeoProximityLocation: { AWSRegion: "us-east-1", Bias: 0 },
    },
    {
      ...a(`near.${zone}`, ["192.0.2.32"], 60),
      SetIdentifier: "near-eu-west-1",
      GeoProximityLocation: { AWSRegion: "eu-west-1", Bias: 20 },
    },
    {
      ...a(`near.${zone}`, ["192.0.2.33"], 60),
      SetIdentifier: "near-sydney",
      GeoProximityLocation: { Coordinates: { Latitude: "-33.87", Longitude: "151.21" }, Bias: 0 },
    },

    // Latency: one alias per Region to that Region's ALB.
    ...["us-east-1", "eu-west-1"].map((region): ResourceRecordSet => ({
      Name: `lat.${zone}`,
      Type: "A",
      SetIdentifier: `lat-${region}`,
      Region: region as ResourceRecordSet["Region"],
      AliasTarget: alias(albIn(region)),
    })),

    // Multivalue answer: each value its own record with its own health check.
    ...MULTIVALUE_IPS.map((ip, index): ResourceRecordSet => ({
      ...a(`mv.${zone}`, [ip], 60),
      SetIdentifier: `mv-${index + 1}`,
      MultiValueAnswer: true,
      HealthCheckId: healthChecks[`mv-${index + 1}`],
    })),

    // Weighted blue/green: 90/10.
    { ...a(`img.${zone}`, ["192.0.2.41"], 60), SetIdentifier: "img-blue", Weight: 90 },
    { ...a(`img.${zone}`, ["192.0.2.42"], 60), SetIdentifier: "img-green", Weight: 10 },

    // Deliberate mistakes for the advisor: a failover primary without a health check (Route 53 then treats it as
    // always healthy and never fails over) and a geolocation set without a default record (users outside the listed
    // locations get no answer).
    {
      ...a(`${MISCONFIGURED.failoverName}.${zone}`, ["198.51.100.30"], 60),
      SetIdentifier: "pay-primary",
      Failover: "PRIMARY",
    },
    {
      ...a(`${MISCONFIGURED.failoverName}.${zone}`, ["198.51.100.31"], 60),
      SetIdentifier: "pay-secondary",
      Failover: "SECONDARY",
    },
    {
      ...a(`${MISCONFIGURED.geolocationName}.${zone}`, ["192.0.2.51"], 60),
      SetIdentifier: "shop-europe",
      GeoLocation: { ContinentCode: "EU" },
    },
    {
      ...a(`${MISCONFIGURED.geolocationName}.${zone}`, ["192.0.2.52"], 60),
      SetIdentifier: "shop-us",
      GeoLocation: { CountryCode: "US" },
    },

    // Plain aliases to each ALB.
    { Name: `images-us.${zone}`, Type: "A", AliasTarget: alias(albIn("us-east-1")) },
    { Name: `images-eu.${zone}`, Type: "A", AliasTarget: alias(albIn("eu-west-1")) },
  ];
}

function recordKey(record: ResourceRecordSet): string {
  return `${(record.Name ?? "").replace(/\.$/, "").toLowerCase()}|${record.Type}|${record.SetIdentifier ?? ""}`;
}

/** The zone's health checks and records; CREATE only what is missing, in one all-or-nothing batch. */
export async function seedDns(
  albs: Promise<AliasTargetLoadBalancer[]>,
  report: SeedReporter,
): Promise<DnsSummary> {
  const [hostedZoneId, healthCheckIds] = await Promise.all([ensureZone(report), ensureHealthChecks(report)]);
  const desired = desiredRecords(healthCheckIds, await albs);

  const existing = new Set((await listAllRecordSets(hostedZoneId)).map(recordKey));
  const missing = desired.filter((record) => !existing.has(recordKey(record)));
  report.noteExisting(desired.length - missing.length);

  if (missing.length > 0) {
    await callAws("create the demo records", () =>
      clients.route53().send(
        new ChangeResourceRecordSetsCommand({
          HostedZoneId: hostedZoneId,
          ChangeBatch: {
            Comment: "Routeboard demo seed",
            Changes: missing.map((record) => ({ Action: "CREATE", ResourceRecordSet: record })),
          },
        }),
      ),
    );
    for (const record of missing) {
      report.noteCreated(
        `record ${record.Name} ${record.Type}${record.SetIdentifier ? ` [${record.SetIdentifier}]` : ""}`,
      );
    }
  }

  const records = await listAllRecordSets(hostedZoneId);
  const geoproximity = records.filter((record) => record.Name === `near.${ZONE_NAME}.`);
  const isGeoproximityKept =
    geoproximity.length === 3 && geoproximity.every((record) => record.GeoProximityLocation);
  if (!isGeoproximityKept) {
    report.warn(
      "the emulator dropped GeoProximityLocation from near.example.com (plain moto does; scripts/emulator/moto_server.py patches it)",
    );
  }

  return { hostedZoneId, healthCheckIds, recordCount: records.length, isGeoproximityKept };
}
