import type { CertificateSummary } from "@/lib/aws/acm/types";
import type { ConditionSpec, ListenerSummary, LoadBalancerSummary } from "@/lib/aws/elbv2/types";
import { hostCoveredBy } from "@/lib/alb/certificates/coverage";

/** A listener with what the coverage check reads from it. */
export interface ListenerWithHosts extends ListenerSummary {
  /** host-header condition values of the listener's rules. */
  ruleHosts: string[];
}

export interface LoadBalancerWithHosts extends Pick<LoadBalancerSummary, "arn" | "name" | "dnsName"> {
  listeners: ListenerWithHosts[];
  /** Route 53 names whose alias (or CNAME) points at the load balancer. */
  aliasHosts: string[];
}

/** One place that uses a certificate. Listener fields are absent for a resource that is not one of our listeners. */
export interface CertificateUse {
  arn: string;
  loadBalancerName?: string;
  listenerArn?: string;
  protocol?: string;
  port?: number;
  isDefault?: boolean;
}

export interface HostCoverage {
  host: string;
  /** Where the host comes from, e.g. "host-header rule on HTTPS:443" or "alias record". */
  sources: string[];
  /** Other certificates on the same listener that cover it (SNI picks them), by domain name. */
  coveredByOther: string[];
}

/** A Route 53 name without the trailing dot, lower-case; ALB alias targets may carry a "dualstack." prefix. */
export function hostName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^dualstack\./, "");
}

/** "images-alb HTTPS:443", or the raw ARN for a resource that is not one of the region's listeners. */
export function labelOfUse(use: CertificateUse): string {
  if (!use.loadBalancerName) return use.arn;
  return use.port === undefined
    ? use.loadBalancerName
    : `${use.loadBalancerName} ${use.protocol ?? ""}:${use.port}`;
}

/** The load balancer name in a listener or load balancer ARN (".../app/<name>/<id>[/<listener id>]"). */
export function loadBalancerNameFromArn(arn: string): string | undefined {
  return /:(?:listener|loadbalancer)\/app\/([^/]+)\//.exec(arn)?.[1];
}

/**
 * Where a certificate is used: ACM's InUseBy (listener ARNs, or load balancer ARNs on AWS) joined with the listeners
 * that name it as their default or SNI certificate. One entry per listener.
 */
export function certificateUses(
  cert: Pick<CertificateSummary, "arn" | "inUseBy">,
  lbs: readonly LoadBalancerWithHosts[],
): CertificateUse[] {
  const uses = new Map<string, CertificateUse>();
  const listenerUse = (lb: LoadBalancerWithHosts, listener: ListenerSummary): CertificateUse => ({
    arn: listener.arn,
    loadBalancerName: lb.name,
    listenerArn: listener.arn,
    protocol: listener.protocol,
    port: listener.port,
    isDefault: listener.certificates.find((c) => c.certificateArn === cert.arn)?.isDefault,
  });

  for (const lb of lbs) {
    for (const listener of lb.listeners) {
      if (listener.certificates.some((c) => c.certificateArn === cert.arn))
        uses.set(listener.arn, listenerUse(lb, listener));
    }
  }
  for (const arn of cert.inUseBy) {
    if (uses.has(arn)) continue;
    const lb = lbs.find(
      (candidate) => candidate.arn === arn || candidate.listeners.some((l) => l.arn === arn),
    );
    const listener = lb?.listeners.find((l) => l.arn === arn);
    if (lb && listener) uses.set(arn, listenerUse(lb, listener));
    else if (lb && [...uses.values()].every((use) => use.loadBalancerName !== lb.name))
      uses.set(arn, { arn, loadBalancerName: lb.name });
    else if (!lb) uses.set(arn, { arn, loadBalancerName: loadBalancerNameFromArn(arn) });
  }
  return [...uses.values()].sort((a, b) => labelOfUse(a).localeCompare(labelOfUse(b)));
}

/** host-header values of a listener's rules (every value of every host-header condition). */
export function ruleHostsOf(conditions: readonly ConditionSpec[][]): string[] {
  return conditions.flatMap((list) =>
    list.flatMap((condition) => (condition.field === "host-header" ? condition.values : [])),
  );
}

/**
 * The hostnames that reach the certificate's listeners but that it does not cover: host-header rule values of those
 * listeners and Route 53 names aliased to their load balancers. For each, the other certificates of the listener that
 * do cover it (then SNI serves that one and only this certificate is "short").
 */
export function uncoveredHostsFor(
  cert: CertificateSummary,
  uses: readonly CertificateUse[],
  lbs: readonly LoadBalancerWithHosts[],
  allCertificates: readonly CertificateSummary[],
): { checked: number; uncovered: HostCoverage[] } {
  const hosts = new Map<string, { sources: Set<string>; otherArns: Set<string> }>();
  const add = (host: string, source: string, otherArns: string[]) => {
    const key = hostName(host);
    if (!key) return;
    const entry = hosts.get(key) ?? { sources: new Set<string>(), otherArns: new Set<string>() };
    entry.sources.add(source);
    for (const arn of otherArns) entry.otherArns.add(arn);
    hosts.set(key, entry);
  };

  for (const use of uses) {
    const lb = lbs.find((candidate) => candidate.name === use.loadBalancerName);
    const listener = lb?.listeners.find((l) => l.arn === use.listenerArn);
    if (!lb || !listener) continue;
    const others = listener.certificates.map((c) => c.certificateArn).filter((arn) => arn !== cert.arn);
    const where = `${listener.protocol}:${listener.port}`;
    for (const host of listener.ruleHosts) add(host, `host-header rule on ${where}`, others);
    for (const host of lb.aliasHosts) add(host, `Route 53 record → ${lb.name}`, others);
  }

  const uncovered: HostCoverage[] = [];
  for (const [host, entry] of hosts) {
    if (hostCoveredBy(host, cert)) continue;
    const coveredByOther = allCertificates
      .filter((other) => entry.otherArns.has(other.arn) && hostCoveredBy(host, other))
      .map((other) => other.domainName);
    uncovered.push({ host, sources: [...entry.sources], coveredByOther });
  }
  return { checked: hosts.size, uncovered: uncovered.sort((a, b) => a.host.localeCompare(b.host)) };
}

/** The id in a certificate ARN ("arn:aws:acm:…:certificate/<id>"): the certificate's URL segment. */
export function certificateIdFromArn(arn: string): string {
  return arn.slice(arn.lastIndexOf("/") + 1);
}
