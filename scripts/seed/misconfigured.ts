import { CreateListenerCommand, DescribeListenersCommand } from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "@/lib/aws/clients";
import { callAws } from "@/lib/aws/errors";

import type { RegionCertificates } from "./certificates";
import { registerMissingTargets } from "./load-balancers";
import { ensureLoadBalancer, ensureTargetGroup } from "./elb-resources";
import { MISCONFIGURED, SSL_POLICY } from "./config";
import type { RegionNetwork } from "./network";
import type { SeedReporter } from "./reporter";

// Deliberate mistakes for the advisor to find, kept apart from images-alb so every other page and test sees the image
// service as it was: legacy-alb answers plain HTTP on port 80 (no redirect to HTTPS) and legacy-orphan is a target
// group no listener uses.

export interface RegionMisconfigured {
  loadBalancerArn: string;
  httpListenerArn: string;
  webTargetGroupArn: string;
  orphanTargetGroupArn: string;
}

/** legacy-alb (HTTPS:443 and a plain HTTP:80, both forwarding to legacy-web) and the unused legacy-orphan. */
export async function seedMisconfigured(
  region: string,
  network: RegionNetwork,
  certificates: RegionCertificates,
  report: SeedReporter,
): Promise<RegionMisconfigured> {
  const elbv2 = clients.elbv2(region);
  const [loadBalancer, web, orphan] = await Promise.all([
    ensureLoadBalancer(region, network, MISCONFIGURED.loadBalancer, report),
    ensureTargetGroup(region, network.vpcId, MISCONFIGURED.webTargetGroup, report),
    ensureTargetGroup(region, network.vpcId, MISCONFIGURED.orphanTargetGroup, report),
  ]);
  const loadBalancerArn = loadBalancer.LoadBalancerArn ?? "";
  const webTargetGroupArn = web.TargetGroupArn ?? "";

  const listeners = await callAws("list the misconfigured load balancer's listeners", () =>
    elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: loadBalancerArn })),
  );
  const listenerOnPort = (port: number) =>
    listeners.Listeners?.find((listener) => listener.Port === port)?.ListenerArn;
  const forwardToWeb = [{ Type: "forward" as const, TargetGroupArn: webTargetGroupArn }];

  const [, httpListenerArn] = await Promise.all([
    registerMissingTargets(
      region,
      webTargetGroupArn,
      MISCONFIGURED.webTargetGroup,
      network.instanceIds.blue,
      report,
    ),
    report.ensure(
      `${region} listener ${MISCONFIGURED.loadBalancer} HTTP:80 → ${MISCONFIGURED.webTargetGroup} (no redirect)`,
      () => Promise.resolve(listenerOnPort(80)),
      async () => {
        const made = await callAws("create the plain HTTP listener", () =>
          elbv2.send(
            new CreateListenerCommand({
              LoadBalancerArn: loadBalancerArn,
              Protocol: "HTTP",
              Port: 80,
              DefaultActions: forwardToWeb,
            }),
          ),
        );
        return made.Listeners?.[0]?.ListenerArn ?? "";
      },
    ),
    report.ensure(
      `${region} listener ${MISCONFIGURED.loadBalancer} HTTPS:443 → ${MISCONFIGURED.webTargetGroup}`,
      () => Promise.resolve(listenerOnPort(443)),
      async () => {
        const made = await callAws("create the legacy HTTPS listener", () =>
          elbv2.send(
            new CreateListenerCommand({
              LoadBalancerArn: loadBalancerArn,
              Protocol: "HTTPS",
              Port: 443,
              SslPolicy: SSL_POLICY,
              Certificates: [{ CertificateArn: certificates.issuedArn }],
              DefaultActions: forwardToWeb,
            }),
          ),
        );
        return made.Listeners?.[0]?.ListenerArn ?? "";
      },
    ),
  ]);

  return {
    loadBalancerArn,
    httpListenerArn,
    webTargetGroupArn,
    orphanTargetGroupArn: orphan.TargetGroupArn ?? "",
  };
}
