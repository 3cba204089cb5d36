import "server-only";

import { listListenerCertificates, listListeners } from "@/lib/aws/elbv2/listeners";
import { listRules } from "@/lib/aws/elbv2/rules";
import type { ListenerRule, ListenerSummary } from "@/lib/alb/domain";

/**
 * The load balancer's listeners with their certificates as DescribeListenerCertificates reports them.
 * moto's DescribeListeners lists every certificate without IsDefault (AWS lists only the default one),
 * so the plain listing would mark SNI certificates as default. Page and actions both read through
 * here, so the concurrency check compares like with like.
 */
export async function readListeners(region: string, loadBalancerArn: string): Promise<ListenerSummary[]> {
  const listeners = await listListeners(region, loadBalancerArn);
  return Promise.all(
    listeners.map(async (listener) => {
      if (listener.protocol !== "HTTPS") return listener;
      const certificates = await listListenerCertificates(region, listener.arn);
      const byDefault = certificates.filter((certificate) => certificate.isDefault);
      if (byDefault.length !== 1) return listener;
      return {
        ...listener,
        certificates: [...byDefault, ...certificates.filter((certificate) => !certificate.isDefault)],
      };
    }),
  );
}

/** The listeners with their rules, for the page. */
export async function readListenersWithRules(
  region: string,
  loadBalancerArn: string,
): Promise<(ListenerSummary & { rules: ListenerRule[] })[]> {
  const listeners = await readListeners(region, loadBalancerArn);
  return Promise.all(
    listeners.map(async (listener) => ({ ...listener, rules: await listRules(region, listener.arn) })),
  );
}
