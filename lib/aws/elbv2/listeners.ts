import "server-only";

import {
  paginateDescribeListenerCertificates,
  paginateDescribeListeners,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "../clients";
import { toAwsError } from "../errors";
import { toListenerSummary } from "./map";
import type { ListenerCertificate, ListenerSummary } from "@/lib/alb/domain";

/** Every certificate of a listener: the default one and the SNI ones. */
export async function listListenerCertificates(
  region: string,
  listenerArn: string,
): Promise<ListenerCertificate[]> {
  const result: ListenerCertificate[] = [];
  try {
    for await (const page of paginateDescribeListenerCertificates(
      { client: clients.elbv2(region) },
      { ListenerArn: listenerArn },
    )) {
      for (const cert of page.Certificates ?? []) {
        result.push({ certificateArn: cert.CertificateArn ?? "", isDefault: cert.IsDefault ?? false });
      }
    }
  } catch (error) {
    throw toAwsError(error, "list the listener certificates");
  }
  return result;
}

/**
 * The listeners of a load balancer. DescribeListeners only returns the default certificate, so HTTPS
 * listeners also get their SNI certificates from DescribeListenerCertificates.
 */
export async function listListeners(region: string, loadBalancerArn: string): Promise<ListenerSummary[]> {
  const listeners: ListenerSummary[] = [];
  try {
    for await (const page of paginateDescribeListeners(
      { client: clients.elbv2(region) },
      { LoadBalancerArn: loadBalancerArn },
    )) {
      listeners.push(...(page.Listeners ?? []).map(toListenerSummary));
    }
  } catch (error) {
    throw toAwsError(error, "list the listeners");
  }

  await Promise.all(
    listeners
      .filter((listener) => listener.protocol === "HTTPS")
      .map(async (listener) => {
        const all = await listListenerCertificates(region, listener.arn);
        const defaults = listener.certificates;
        const extra = all.filter((cert) => !defaults.some((d) => d.certificateArn === cert.certificateArn));
        listener.certificates = [...defaults, ...extra.map((cert) => ({ ...cert, isDefault: false }))];
      }),
  );
  return listeners.sort((a, b) => a.port - b.port);
}
