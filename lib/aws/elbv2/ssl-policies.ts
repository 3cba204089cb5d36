import "server-only";

import { DescribeSSLPoliciesCommand } from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "../clients";
import { callAws } from "../errors";
import { sortSslPolicies, toSslPolicySummary } from "./ssl-policy-order";
import type { SslPolicySummary } from "@/lib/alb/domain";

/**
 * The SSL policies an ALB listener can use, TLS 1.3 policies first and legacy ones flagged.
 * DescribeSslPolicies has no generated paginator, so follow NextMarker by hand.
 */
export async function listSslPolicies(region: string): Promise<SslPolicySummary[]> {
  const policies: SslPolicySummary[] = [];
  let marker: string | undefined;
  do {
    const response = await callAws("list the SSL policies", () =>
      clients
        .elbv2(region)
        .send(new DescribeSSLPoliciesCommand({ Marker: marker, LoadBalancerType: "application" })),
    );
    for (const policy of response.SslPolicies ?? []) {
      policies.push(
        toSslPolicySummary(
          policy.Name ?? "",
          policy.SslProtocols ?? [],
          (policy.Ciphers ?? []).map((cipher) => cipher.Name ?? ""),
        ),
      );
    }
    marker = response.NextMarker;
  } while (marker);
  return sortSslPolicies(policies);
}
