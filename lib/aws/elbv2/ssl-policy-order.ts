import type { SslPolicySummary } from "@/lib/alb/domain";

const TLS_ORDER = ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];

/** The 2015/2016 defaults and the TLS-1-0 / TLS-1-1 families accept protocol versions browsers have dropped. */
const LEGACY_NAME = /2015-0[35]|2016-08|TLS-1-0|TLS-1-1|TLS13-1-0|TLS13-1-1|FS-2018-06|FS-1-1-/;

/** Our summary of one policy: minimum protocol, TLS 1.3 support and the legacy flag. */
export function toSslPolicySummary(name: string, protocols: string[], ciphers: string[]): SslPolicySummary {
  const known = protocols
    .filter((p) => TLS_ORDER.includes(p))
    .sort((a, b) => TLS_ORDER.indexOf(a) - TLS_ORDER.indexOf(b));
  const minimumProtocol = known[0] ?? protocols[0] ?? "unknown";
  const supportsTls13 = protocols.includes("TLSv1.3") || /TLS13/.test(name);
  const acceptsOldTls = protocols.includes("TLSv1") || protocols.includes("TLSv1.1");
  return {
    name,
    protocols,
    ciphers,
    supportsTls13,
    minimumProtocol,
    isLegacy: acceptsOldTls || LEGACY_NAME.test(name),
  };
}

/** TLS 1.3 policies first, then non-legacy, then legacy; by name (newest date last within a family) otherwise. */
export function sortSslPolicies(policies: SslPolicySummary[]): SslPolicySummary[] {
  const rank = (policy: SslPolicySummary) => (policy.isLegacy ? 2 : 0) + (policy.supportsTls13 ? 0 : 1);
  return [...policies].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** The console's default policy for new HTTPS listeners. */
export const DEFAULT_SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

/** Whether a policy name is legacy without calling AWS (for findings on existing listeners). */
export function isLegacySslPolicyName(name: string): boolean {
  return LEGACY_NAME.test(name);
}
