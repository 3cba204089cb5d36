import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { EXPIRY_WARNING_DAYS } from "@/lib/alb/certificates/expiry";

/** Days until NotAfter as a badge: red once expired, amber within 30 days, nothing otherwise. */
export function ExpiryBadge({ days }: { days: number | undefined }) {
  if (days === undefined || days > EXPIRY_WARNING_DAYS) return null;
  if (days < 0) return <Badge tone="red">expired</Badge>;
  return (
    <Badge tone="amber" title={`Expires within ${EXPIRY_WARNING_DAYS} days`}>
      {days === 0 ? "expires today" : `in ${days} day${days === 1 ? "" : "s"}`}
    </Badge>
  );
}

/** Imported certificates are never renewed by ACM: the operator must re-import before NotAfter. */
export function ImportedBadge() {
  return (
    <Badge
      tone="violet"
      title="ACM never renews an imported certificate: re-import a new one before it expires."
    >
      imported · no auto-renewal
    </Badge>
  );
}

export interface UseLink {
  label: string;
  loadBalancerName?: string;
  isDefault?: boolean;
}

/** Where the certificate is used, each listener linked to its load balancer's page. */
export function CertificateUseList({ uses }: { uses: UseLink[] }) {
  if (uses.length === 0) return <span className="text-slate-500">not in use</span>;
  return (
    <ul className="space-y-0.5">
      {uses.map((use) => (
        <li key={use.label} className="flex flex-wrap items-center gap-1.5">
          {use.loadBalancerName ? (
            <Link
              href={`/load-balancers/${encodeURIComponent(use.loadBalancerName)}`}
              className="text-sky-800 hover:underline"
            >
              {use.label}
            </Link>
          ) : (
            <span className="font-mono text-xs break-all">{use.label}</span>
          )}
          {use.isDefault === false && <Badge>SNI</Badge>}
        </li>
      ))}
    </ul>
  );
}
