import { listenerName } from "@/lib/alb/config-queries";
import type { LoadBalancerSummary, TargetGroupSummary } from "@/lib/alb/domain";
import type { AlbListener } from "@/lib/alb/types";
import type { CertificateSummary } from "@/lib/aws/acm/types";
import type { HealthCheckSummary } from "@/lib/aws/route53/health-checks";
import type { HostedZoneSummary } from "@/lib/aws/route53/hosted-zones";
import { normalizeName } from "@/lib/route53/names";
import type { ResourceRecordSet } from "@/lib/route53/record-set";
import { recordKey } from "@/lib/route53/record-key";

import type { ResourceRef } from "./types";

// Each finding links to the console page that shows (and edits) its resource, with the paths those pages use.

const enc = encodeURIComponent;

export function loadBalancerRef(lb: Pick<LoadBalancerSummary, "arn" | "name">): ResourceRef {
  return { kind: "load-balancer", id: lb.arn, label: lb.name, href: `/load-balancers/${enc(lb.name)}` };
}

export function listenerRef(listener: AlbListener, lb: Pick<LoadBalancerSummary, "name">): ResourceRef {
  return {
    kind: "listener",
    id: listener.arn,
    label: `${listenerName(listener)} on ${lb.name}`,
    href: `/load-balancers/${enc(lb.name)}`,
  };
}

export function targetGroupRef(group: Pick<TargetGroupSummary, "arn" | "name">): ResourceRef {
  return {
    kind: "target-group",
    id: group.arn,
    label: group.name,
    href: `/target-groups/${enc(group.name)}`,
  };
}

/** The id in a certificate ARN ("arn:aws:acm:…:certificate/<id>"): the certificate page's URL segment. */
export function certificateId(arn: string): string {
  return arn.slice(arn.lastIndexOf("/") + 1);
}

export function certificateRef(cert: Pick<CertificateSummary, "arn" | "domainName">): ResourceRef {
  return {
    kind: "certificate",
    id: cert.arn,
    label: cert.domainName || certificateId(cert.arn),
    href: `/certificates/${enc(certificateId(cert.arn))}`,
  };
}

export function zoneRef(zone: Pick<HostedZoneSummary, "id" | "name">): ResourceRef {
  return { kind: "hosted-zone", id: zone.id, label: zone.name, href: `/hosted-zones/${enc(zone.id)}` };
}

/** "zoneId/name/type/setIdentifier": a record set's id across zones. */
export function recordSetId(
  zoneId: string,
  record: Pick<ResourceRecordSet, "Name" | "Type" | "SetIdentifier">,
) {
  return `${zoneId}/${normalizeName(record.Name ?? "")}/${record.Type ?? ""}/${record.SetIdentifier ?? ""}`;
}

export function recordLabel(record: Pick<ResourceRecordSet, "Name" | "Type" | "SetIdentifier">): string {
  const name = normalizeName(record.Name ?? "");
  return `${name} ${record.Type ?? ""}${record.SetIdentifier ? ` (${record.SetIdentifier})` : ""}`;
}

export function recordRef(
  zoneId: string,
  record: Pick<ResourceRecordSet, "Name" | "Type" | "SetIdentifier">,
): ResourceRef {
  return {
    kind: "record-set",
    id: recordSetId(zoneId, record),
    label: recordLabel(record),
    href: `/hosted-zones/${enc(zoneId)}/records/edit?key=${enc(recordKey(record))}`,
  };
}

export function healthCheckRef(check: Pick<HealthCheckSummary, "id" | "endpoint">): ResourceRef {
  // The health checks page lists every check; there is no per-check page.
  return { kind: "health-check", id: check.id, label: check.endpoint || check.id, href: "/health-checks" };
}

/** A security group has no page of its own: it links to the page of what it protects. */
export function securityGroupRef(groupId: string, name: string | undefined, href: string): ResourceRef {
  return { kind: "security-group", id: groupId, label: name ? `${name} (${groupId})` : groupId, href };
}
