import {
  DescribeCertificateCommand,
  ListTagsForCertificateCommand,
  paginateListCertificates,
} from "@aws-sdk/client-acm";
import { DescribeAlarmsCommand, ListMetricsCommand } from "@aws-sdk/client-cloudwatch";
import {
  DescribeInstancesCommand,
  DescribeInternetGatewaysCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
} from "@aws-sdk/client-ec2";
import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { ListHealthChecksCommand, ListHostedZonesByNameCommand } from "@aws-sdk/client-route-53";
import { pathToFileURL } from "node:url";

import { clients } from "@/lib/aws/clients";
import { callAws } from "@/lib/aws/errors";
import { bareZoneId } from "@/lib/aws/route53/hosted-zones";
import { listAllRecordSets } from "@/lib/aws/route53/list-record-sets";

import {
  CERTIFICATES,
  HEALTH_CHECK,
  INSTANCES,
  MISCONFIGURED,
  NAMES,
  SEED_REGIONS,
  SSL_POLICY,
  ZONE_NAME,
} from "./config";
import { assertLocalEmulator, defaultToDummyCredentials } from "./guard";

/** What exists in one region, as counts and a few settings: equal before and after a re-seed when the seed is idempotent. */
export interface RegionInventory {
  region: string;
  vpcs: number;
  subnets: number;
  internetGateways: number;
  routeTables: number;
  securityGroups: number;
  instances: Record<string, number>;
  certificates: Record<string, number>;
  loadBalancers: number;
  loadBalancerAttributes: Record<string, string>;
  targetGroups: Record<string, { count: number; targets: number }>;
  listeners: string[];
  /** legacy-alb's listeners and the target groups of the deliberate mistakes (name → registered targets). */
  misconfigured: { listeners: string[]; targetGroups: Record<string, number> };
  alarms: string[];
  metrics: string[];
}

export interface Inventory {
  regions: RegionInventory[];
  zones: number;
  records: string[];
  healthChecks: number;
}

/** Facts that change by themselves over time (certificate status in moto), kept out of the idempotency comparison. */
export interface Observations {
  certificateStatus: Record<string, string>;
  expiringNotAfter: Record<string, string>;
  httpsListener: Record<
    string,
    { sslPolicy?: string; defaultTargetGroup?: string; certificateName?: string }
  >;
  httpRedirect: Record<string, string>;
  geoproximityLocations: number;
}

const nameTag = (tags: { Key?: string; Value?: string }[] | undefined) =>
  tags?.find((tag) => tag.Key === "Name")?.Value;

function recordLabel(record: ResourceRecordSet): string {
  const policy =
    record.Weight !== undefined
      ? `weight=${record.Weight}`
      : record.Failover
        ? `failover=${record.Failover}`
        : record.GeoLocation
          ? `geo=${record.GeoLocation.ContinentCode ?? record.GeoLocation.CountryCode}${record.GeoLocation.SubdivisionCode ? `-${record.GeoLocation.SubdivisionCode}` : ""}`
          : record.GeoProximityLocation
            ? `geoproximity=${record.GeoProximityLocation.AWSRegion ?? "coordinates"}/${record.GeoProximityLocation.Bias ?? 0}`
            : record.Region
              ? `latency=${record.Region}`
              : record.MultiValueAnswer
                ? "multivalue"
                : "simple";
  const target = record.AliasTarget ? "alias" : `${record.ResourceRecords?.length ?? 0} values`;
  const health = record.HealthCheckId ? " +hc" : "";
  return `${record.Name} ${record.Type} ${record.SetIdentifier ?? "-"} ${policy} ${target}${health}`;
}

async function inventoryRegion(
  region: string,
): Promise<{ inventory: RegionInventory; observations: Partial<Observations> }> {
  const ec2 = clients.ec2(region);
  const elbv2 = clients.elbv2(region);
  const acm = clients.acm(region);
  const cloudwatch = clients.cloudwatch(region);

  const vpcs = await callAws("list VPCs", () =>
    ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: "tag:Name", Values: [NAMES.vpc] }] })),
  );
  const vpcIds = (vpcs.Vpcs ?? []).map((vpc) => vpc.VpcId ?? "");
  const inVpc = [{ Name: "vpc-id", Values: vpcIds }];

  const [subnets, gateways, tables, groups, instances] = await Promise.all([
    callAws("list subnets", () => ec2.send(new DescribeSubnetsCommand({ Filters: inVpc }))),
    callAws("list gateways", () =>
      ec2.send(
        new DescribeInternetGatewaysCommand({ Filters: [{ Name: "attachment.vpc-id", Values: vpcIds }] }),
      ),
    ),
    callAws("list route tables", () =>
      ec2.send(
        new DescribeRouteTablesCommand({
          Filters: [...inVpc, { Name: "tag:Project", Values: ["routeboard-demo"] }],
        }),
      ),
    ),
    callAws("list security groups", () =>
      ec2.send(
        new DescribeSecurityGroupsCommand({
          Filters: [
            ...inVpc,
            { Name: "group-name", Values: [NAMES.albSecurityGroup, NAMES.targetSecurityGroup] },
          ],
        }),
      ),
    ),
    callAws("list instances", () =>
      ec2.send(
        new DescribeInstancesCommand({
          Filters: [
            ...inVpc,
            { Name: "tag:Name", Values: [...INSTANCES.blue, ...INSTANCES.green] },
            { Name: "instance-state-name", Values: ["pending", "running", "stopping", "stopped"] },
          ],
        }),
      ),
    ),
  ]);
  const instanceCounts: Record<string, number> = {};
  for (const instance of (instances.Reservations ?? []).flatMap(
    (reservation) => reservation.Instances ?? [],
  )) {
    const name = nameTag(instance.Tags) ?? "?";
    instanceCounts[name] = (instanceCounts[name] ?? 0) + 1;
  }

  const certificateCounts: Record<string, number> = {};
  const certificateStatus: Record<string, string> = {};
  const expiringNotAfter: Record<string, string> = {};
  const certificateNames = new Map<string, string>();
  for await (const page of paginateListCertificates({ client: acm }, {})) {
    for (const summary of page.CertificateSummaryList ?? []) {
      const arn = summary.CertificateArn ?? "";
      const tags = await acm.send(new ListTagsForCertificateCommand({ CertificateArn: arn }));
      const name = nameTag(tags.Tags);
      if (!name || !Object.values(CERTIFICATES).some((spec) => spec.name === name)) continue;
      certificateCounts[name] = (certificateCounts[name] ?? 0) + 1;
      certificateNames.set(arn, name);
      const detail = await acm.send(new DescribeCertificateCommand({ CertificateArn: arn }));
      certificateStatus[`${region} ${name}`] = `${detail.Certificate?.Status} ${detail.Certificate?.Type}`;
      if (name === CERTIFICATES.expiring.name) {
        expiringNotAfter[region] = detail.Certificate?.NotAfter?.toISOString() ?? "";
      }
    }
  }

  const loadBalancers = await callAws("list load balancers", () =>
    elbv2.send(new DescribeLoadBalancersCommand({})),
  );
  const alb = loadBalancers.LoadBalancers?.filter((lb) => lb.LoadBalancerName === NAMES.loadBalancer) ?? [];
  const albArn = alb[0]?.LoadBalancerArn;

  const targetGroups: Record<string, { count: number; targets: number }> = {};
  const groupNames = new Map<string, string>();
  const allGroups = await callAws("list target groups", () =>
    elbv2.send(new DescribeTargetGroupsCommand({})),
  );
  for (const group of allGroups.TargetGroups ?? []) {
    const name = group.TargetGroupName ?? "";
    if (name !== NAMES.blueTargetGroup && name !== NAMES.greenTargetGroup) continue;
    groupNames.set(group.TargetGroupArn ?? "", name);
    const health = await elbv2.send(
      new DescribeTargetHealthCommand({ TargetGroupArn: group.TargetGroupArn }),
    );
    const healthCheckMatches =
      group.HealthCheckPath === HEALTH_CHECK.HealthCheckPath &&
      group.HealthCheckIntervalSeconds === HEALTH_CHECK.HealthCheckIntervalSeconds &&
      group.HealthCheckTimeoutSeconds === HEALTH_CHECK.HealthCheckTimeoutSeconds &&
      group.HealthyThresholdCount === HEALTH_CHECK.HealthyThresholdCount &&
      group.UnhealthyThresholdCount === HEALTH_CHECK.UnhealthyThresholdCount &&
      group.Matcher?.HttpCode === HEALTH_CHECK.Matcher.HttpCode;
    const key = healthCheckMatches ? name : `${name} (health check differs)`;
    targetGroups[key] = {
      count: (targetGroups[key]?.count ?? 0) + 1,
      targets: (targetGroups[key]?.targets ?? 0) + (health.TargetHealthDescriptions?.length ?? 0),
    };
  }

  const listeners: string[] = [];
  const httpsListener: Observations["httpsListener"] = {};
  const httpRedirect: Record<string, string> = {};
  const loadBalancerAttributes: Record<string, string> = {};
  if (albArn) {
    const [described, attributes] = await Promise.all([
      elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: albArn })),
      elbv2.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: albArn })),
    ]);
    for (const listener of described.Listeners ?? []) {
      const action = listener.DefaultActions?.[0];
      listeners.push(`${listener.Protocol}:${listener.Port} ${action?.Type}`);
      if (listener.Protocol === "HTTPS") {
        httpsListener[region] = {
          sslPolicy: listener.SslPolicy,
          defaultTargetGroup: groupNames.get(
            action?.TargetGroupArn ?? action?.ForwardConfig?.TargetGroups?.[0]?.TargetGroupArn ?? "",
          ),
          certificateName: certificateNames.get(listener.Certificates?.[0]?.CertificateArn ?? ""),
        };
      }
      if (action?.RedirectConfig)
        httpRedirect[region] =
          `${action.RedirectConfig.Protocol}:${action.RedirectConfig.Port} ${action.RedirectConfig.StatusCode}`;
    }
    listeners.sort();
    for (const attribute of attributes.Attributes ?? []) {
      if (
        attribute.Key === "idle_timeout.timeout_seconds" ||
        attribute.Key === "deletion_protection.enabled"
      ) {
        loadBalancerAttributes[attribute.Key] = attribute.Value ?? "";
      }
    }
  }

  const misconfigured = await readMisconfigured(region);
  const [alarms, metrics] = await Promise.all([
    cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [NAMES.alarm5xx, NAMES.alarmLatency] })),
    cloudwatch.send(new ListMetricsCommand({ Namespace: "AWS/ApplicationELB" })),
  ]);

  return {
    inventory: {
      region,
      vpcs: vpcIds.length,
      subnets: subnets.Subnets?.length ?? 0,
      internetGateways: gateways.InternetGateways?.length ?? 0,
      routeTables: tables.RouteTables?.length ?? 0,
      securityGroups: groups.SecurityGroups?.length ?? 0,
      instances: instanceCounts,
      certificates: certificateCounts,
      loadBalancers: alb.length,
      loadBalancerAttributes,
      targetGroups,
      listeners,
      misconfigured,
      alarms: (alarms.MetricAlarms ?? [])
        .map(
          (alarm) =>
            `${alarm.AlarmName} ${alarm.MetricName} ${alarm.Statistic} > ${alarm.Threshold} ${alarm.Dimensions?.[0]?.Value?.split("/")[1]}`,
        )
        .sort(),
      metrics: [...new Set((metrics.Metrics ?? []).map((metric) => metric.MetricName ?? ""))].sort(),
    },
    observations: { certificateStatus, expiringNotAfter, httpsListener, httpRedirect },
  };
}

async function readMisconfigured(region: string): Promise<RegionInventory["misconfigured"]> {
  const elbv2 = clients.elbv2(region);
  const found = await elbv2
    .send(new DescribeLoadBalancersCommand({ Names: [MISCONFIGURED.loadBalancer] }))
    .catch(() => undefined);
  const arn = found?.LoadBalancers?.[0]?.LoadBalancerArn;
  const described = arn
    ? await elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: arn }))
    : undefined;
  const listeners = (described?.Listeners ?? [])
    .map((listener) => `${listener.Protocol}:${listener.Port} ${listener.DefaultActions?.[0]?.Type}`)
    .sort();
  const groups = await elbv2
    .send(
      new DescribeTargetGroupsCommand({
        Names: [MISCONFIGURED.webTargetGroup, MISCONFIGURED.orphanTargetGroup],
      }),
    )
    .catch(() => undefined);
  const targetGroups: Record<string, number> = {};
  const sorted = (groups?.TargetGroups ?? []).toSorted((a, b) =>
    (a.TargetGroupName ?? "").localeCompare(b.TargetGroupName ?? ""),
  );
  for (const group of sorted) {
    const health = await elbv2.send(
      new DescribeTargetHealthCommand({ TargetGroupArn: group.TargetGroupArn }),
    );
    targetGroups[group.TargetGroupName ?? ""] = health.TargetHealthDescriptions?.length ?? 0;
  }
  return { listeners, targetGroups };
}

/** Reads back everything the seed writes, through the same SDK clients the app uses. */
export async function readBack(): Promise<{ inventory: Inventory; observations: Observations }> {
  assertLocalEmulator();
  const route53 = clients.route53();

  const [regional, zones, healthChecks] = await Promise.all([
    Promise.all(SEED_REGIONS.map((plan) => inventoryRegion(plan.region))),
    callAws("list zones", () => route53.send(new ListHostedZonesByNameCommand({ DNSName: ZONE_NAME }))),
    callAws("list health checks", () => route53.send(new ListHealthChecksCommand({}))),
  ]);
  const zonesNamed = (zones.HostedZones ?? []).filter(
    (zone) => zone.Name === `${ZONE_NAME}.` && !zone.Config?.PrivateZone,
  );
  const records = zonesNamed[0]?.Id ? await listAllRecordSets(bareZoneId(zonesNamed[0].Id)) : [];

  const observations: Observations = {
    certificateStatus: {},
    expiringNotAfter: {},
    httpsListener: {},
    httpRedirect: {},
    geoproximityLocations: records.filter((record) => record.GeoProximityLocation).length,
  };
  for (const { observations: part } of regional) {
    Object.assign(observations.certificateStatus, part.certificateStatus);
    Object.assign(observations.expiringNotAfter, part.expiringNotAfter);
    Object.assign(observations.httpsListener, part.httpsListener);
    Object.assign(observations.httpRedirect, part.httpRedirect);
  }

  return {
    inventory: {
      regions: regional.map((part) => part.inventory),
      zones: zonesNamed.length,
      records: records.filter((record) => record.Type !== "NS" && record.Type !== "SOA").map(recordLabel),
      healthChecks: (healthChecks.HealthChecks ?? []).filter((check) =>
        check.CallerReference?.startsWith("routeboard-demo/"),
      ).length,
    },
    observations,
  };
}

const EXPECTED_RECORDS = 27;
const DAY_MS = 86_400_000;

/** Differences between what was read back and what the seed promises; empty when all is in place exactly once. */
export function findProblems({
  inventory,
  observations,
}: {
  inventory: Inventory;
  observations: Observations;
}): string[] {
  const problems: string[] = [];
  const expect = (label: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      problems.push(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  };

  for (const region of inventory.regions) {
    const r = region.region;
    expect(`${r} VPCs named ${NAMES.vpc}`, region.vpcs, 1);
    expect(`${r} subnets`, region.subnets, 6);
    expect(`${r} internet gateways`, region.internetGateways, 1);
    expect(`${r} route tables`, region.routeTables, 2);
    expect(`${r} security groups`, region.securityGroups, 2);
    for (const name of [...INSTANCES.blue, ...INSTANCES.green])
      expect(`${r} instances ${name}`, region.instances[name], 1);
    for (const spec of Object.values(CERTIFICATES))
      expect(`${r} certificates ${spec.name}`, region.certificates[spec.name], 1);
    expect(`${r} load balancers`, region.loadBalancers, 1);
    expect(`${r} load balancer attributes`, region.loadBalancerAttributes, {
      "deletion_protection.enabled": "false",
      "idle_timeout.timeout_seconds": "60",
    });
    expect(`${r} target groups`, region.targetGroups, {
      [NAMES.blueTargetGroup]: { count: 1, targets: 2 },
      [NAMES.greenTargetGroup]: { count: 1, targets: 2 },
    });
    expect(`${r} listeners`, region.listeners, ["HTTP:80 redirect", "HTTPS:443 forward"]);
    expect(`${r} HTTPS listener`, observations.httpsListener[r], {
      sslPolicy: SSL_POLICY,
      defaultTargetGroup: NAMES.blueTargetGroup,
      certificateName: CERTIFICATES.issued.name,
    });
    expect(`${r} HTTP redirect`, observations.httpRedirect[r], "HTTPS:443 HTTP_301");
    expect(`${r} ${MISCONFIGURED.loadBalancer}`, region.misconfigured, {
      listeners: ["HTTP:80 forward", "HTTPS:443 forward"],
      targetGroups: { [MISCONFIGURED.orphanTargetGroup]: 0, [MISCONFIGURED.webTargetGroup]: 2 },
    });
    expect(`${r} alarms`, region.alarms.length, 2);
    expect(`${r} metrics`, region.metrics, ["HTTPCode_ELB_5XX_Count", "RequestCount", "TargetResponseTime"]);
    expect(
      `${r} ${CERTIFICATES.issued.name}`,
      observations.certificateStatus[`${r} ${CERTIFICATES.issued.name}`],
      "ISSUED IMPORTED",
    );

    const notAfter = Date.parse(observations.expiringNotAfter[r] ?? "");
    const daysLeft = (notAfter - Date.now()) / DAY_MS;
    if (!(daysLeft > 0 && daysLeft <= 30))
      problems.push(`${r} expiring certificate has ${daysLeft.toFixed(1)} days left`);
  }
  expect("hosted zones named example.com", inventory.zones, 1);
  expect("records (besides NS and SOA)", inventory.records.length, EXPECTED_RECORDS);
  expect("health checks", inventory.healthChecks, 5);
  return problems;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  defaultToDummyCredentials();
  readBack().then(
    (result) => {
      console.log(JSON.stringify(result, null, 2));
      const problems = findProblems(result);
      if (result.observations.geoproximityLocations !== 3) {
        console.warn(
          `warning: ${result.observations.geoproximityLocations}/3 geoproximity records kept their location`,
        );
      }
      for (const problem of problems) console.error(`problem: ${problem}`);
      console.log(
        problems.length === 0
          ? "OK: the seed is in place, each resource once."
          : `${problems.length} problem(s).`,
      );
      if (problems.length > 0) process.exitCode = 1;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
