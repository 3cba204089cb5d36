import {
  CreateListenerCommand,
  DescribeListenersCommand,
  DescribeTargetHealthCommand,
  ModifyLoadBalancerAttributesCommand,
  RegisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "@/lib/aws/clients";
import { callAws } from "@/lib/aws/errors";

import type { RegionCertificates } from "./certificates";
import { NAMES, SSL_POLICY, TARGET_PORT, tagsWithName } from "./config";
import type { RegionNetwork } from "./network";
import type { SeedReporter } from "./reporter";
import { ensureLoadBalancer, ensureTargetGroup } from "./elb-resources";

export interface RegionLoadBalancer {
  loadBalancerArn: string;
  dnsName: string;
  canonicalHostedZoneId: string;
  /** `app/images-alb/<id>`: the CloudWatch LoadBalancer dimension. */
  metricDimension: string;
  blueTargetGroupArn: string;
  greenTargetGroupArn: string;
  httpListenerArn: string;
  httpsListenerArn: string;
}

/** The `app/<name>/<id>` tail of a load balancer ARN, as CloudWatch's LoadBalancer dimension wants it. */
export function loadBalancerDimension(arn: string): string {
  return arn.slice(arn.indexOf(":loadbalancer/") + ":loadbalancer/".length);
}

/** images-alb with its two target groups and two listeners (HTTP → HTTPS redirect, HTTPS → images-blue). */
export async function seedLoadBalancer(
  region: string,
  network: RegionNetwork,
  certificates: RegionCertificates,
  report: SeedReporter,
): Promise<RegionLoadBalancer> {
  const elbv2 = clients.elbv2(region);

  const loadBalancer = await ensureLoadBalancer(
    region,
    network,
    NAMES.loadBalancer,
    report,
    async (created) => {
      await callAws("set the demo load balancer's attributes", () =>
        elbv2.send(
          new ModifyLoadBalancerAttributesCommand({
            LoadBalancerArn: created.LoadBalancerArn,
            Attributes: [
              { Key: "idle_timeout.timeout_seconds", Value: "60" },
              { Key: "deletion_protection.enabled", Value: "false" },
            ],
          }),
        ),
      );
    },
  );
  const loadBalancerArn = loadBalancer.LoadBalancerArn ?? "";

  const [blue, green] = await Promise.all([
    ensureTargetGroup(region, network.vpcId, NAMES.blueTargetGroup, report),
    ensureTargetGroup(region, network.vpcId, NAMES.greenTargetGroup, report),
  ]);
  const blueTargetGroupArn = blue.TargetGroupArn ?? "";
  const greenTargetGroupArn = green.TargetGroupArn ?? "";

  const [listeners] = await Promise.all([
    callAws("list the demo load balancer's listeners", () =>
      elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: loadBalancerArn })),
    ),
    registerMissingTargets(
      region,
      blueTargetGroupArn,
      NAMES.blueTargetGroup,
      network.instanceIds.blue,
      report,
    ),
    registerMissingTargets(
      region,
      greenTargetGroupArn,
      NAMES.greenTargetGroup,
      network.instanceIds.green,
      report,
    ),
  ]);
  const listenerOnPort = (port: number) =>
    listeners.Listeners?.find((listener) => listener.Port === port)?.ListenerArn;

  const [httpListenerArn, httpsListenerArn] = await Promise.all([
    report.ensure(
      `${region} listener HTTP:80 → 301 HTTPS`,
      () => Promise.resolve(listenerOnPort(80)),
      async () => {
        const made = await callAws("create the HTTP listener", () =>
          elbv2.send(
            new CreateListenerCommand({
              LoadBalancerArn: loadBalancerArn,
              Protocol: "HTTP",
              Port: 80,
              DefaultActions: [
                {
                  Type: "redirect",
                  RedirectConfig: {
                    Protocol: "HTTPS",
                    Port: "443",
                    Host: "#{host}",
                    Path: "/#{path}",
                    Query: "#{query}",
                    StatusCode: "HTTP_301",
                  },
                },
              ],
              Tags: tagsWithName(`${NAMES.loadBalancer}-http`),
            }),
          ),
        );
        return made.Listeners?.[0]?.ListenerArn ?? "";
      },
    ),
    report.ensure(
      `${region} listener HTTPS:443 → ${NAMES.blueTargetGroup}`,
      () => Promise.resolve(listenerOnPort(443)),
      async () => {
        const made = await callAws("create the HTTPS listener", () =>
          elbv2.send(
            new CreateListenerCommand({
              LoadBalancerArn: loadBalancerArn,
              Protocol: "HTTPS",
              Port: 443,
              SslPolicy: SSL_POLICY,
              Certificates: [{ CertificateArn: certificates.issuedArn }],
              DefaultActions: [{ Type: "forward", TargetGroupArn: blueTargetGroupArn }],
              Tags: tagsWithName(`${NAMES.loadBalancer}-https`),
            }),
          ),
        );
        return made.Listeners?.[0]?.ListenerArn ?? "";
      },
    ),
  ]);

  return {
    loadBalancerArn,
    dnsName: loadBalancer.DNSName ?? "",
    canonicalHostedZoneId: loadBalancer.CanonicalHostedZoneId ?? "",
    metricDimension: loadBalancerDimension(loadBalancerArn),
    blueTargetGroupArn,
    greenTargetGroupArn,
    httpListenerArn,
    httpsListenerArn,
  };
}

/** Registers the instances a target group does not have yet (idempotent). */
export async function registerMissingTargets(
  region: string,
  targetGroupArn: string,
  targetGroupName: string,
  instanceIds: string[],
  report: SeedReporter,
): Promise<void> {
  const elbv2 = clients.elbv2(region);
  const health = await callAws("list a demo target group's targets", () =>
    elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn })),
  );
  const registered = new Set(
    (health.TargetHealthDescriptions ?? []).map((description) => description.Target?.Id),
  );
  const missing = instanceIds.filter((id) => !registered.has(id));
  report.noteExisting(instanceIds.length - missing.length);
  if (missing.length === 0) return;

  await callAws("register the demo targets", () =>
    elbv2.send(
      new RegisterTargetsCommand({
        TargetGroupArn: targetGroupArn,
        Targets: missing.map((id) => ({ Id: id, Port: TARGET_PORT })),
      }),
    ),
  );
  for (const id of missing) report.noteCreated(`${region} target ${id} in ${targetGroupName}`);
}
