import Link from "next/link";

import { CertificateUseList, ExpiryBadge, ImportedBadge } from "@/components/certificates/certificate-badges";
import { CertificateStatusBadge } from "@/components/inventory/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { type Column, Table } from "@/components/ui/table";
import { can, currentActor } from "@/lib/auth/actor";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";
import { daysUntil, nowMs } from "@/lib/time";

import { type CertificateView, loadCertificateInventory } from "../_lib/load";
import { labelOfUse } from "../_lib/usage";

export const metadata = { title: "Certificates" };

/** The list's columns; `now` decides the expiry badges. */
function columns(now: number): Column<CertificateView>[] {
  return [
    {
      id: "domain",
      header: "Domain",
      isRowHeader: true,
      className: "font-medium",
      cell: ({ id, certificate }) => (
        <>
          <Link href={`/certificates/${id}`} className="text-sky-800 hover:underline">
            {certificate.domainName || "(no domain name)"}
          </Link>
          <div className="mt-0.5 text-xs font-normal text-slate-500">
            {certificate.type.replace("_", " ").toLowerCase()}
            {certificate.keyAlgorithm ? ` · ${certificate.keyAlgorithm}` : ""}
          </div>
        </>
      ),
    },
    {
      id: "other-names",
      header: "Other names",
      className: "text-xs break-all",
      cell: ({ certificate }) =>
        certificate.subjectAlternativeNames.filter((name) => name !== certificate.domainName).join(", ") ||
        "—",
    },
    {
      id: "status",
      header: "Status",
      cell: ({ certificate }) => (
        <div className="flex flex-col items-start gap-1">
          <CertificateStatusBadge status={certificate.status} />
          {certificate.type === "IMPORTED" && <ImportedBadge />}
        </div>
      ),
    },
    {
      id: "expires",
      header: "Expires",
      className: "text-xs whitespace-nowrap",
      cell: ({ certificate }) => (
        <>
          <div>{certificate.notAfter ? certificate.notAfter.slice(0, 10) : "—"}</div>
          <ExpiryBadge days={daysUntil(certificate.notAfter, now)} />
        </>
      ),
    },
    {
      id: "in-use-by",
      header: "In use by",
      className: "text-xs",
      cell: ({ uses }) => (
        <CertificateUseList uses={uses.map((use) => ({ ...use, label: labelOfUse(use) }))} />
      ),
    },
    {
      id: "hostnames",
      header: "Hostnames",
      className: "text-xs",
      cell: ({ uses, uncovered, checkedHosts }) => {
        if (uses.length === 0) return <span className="text-slate-500">—</span>;
        if (uncovered.length === 0)
          return (
            <span className="text-emerald-800">
              {checkedHosts === 0 ? "no hostnames to check" : `all ${checkedHosts} covered`}
            </span>
          );
        const unserved = uncovered.filter((host) => host.coveredByOther.length === 0);
        return (
          <div className={unserved.length ? "text-red-800" : "text-amber-900"}>
            <span className="font-medium">{uncovered.length} not covered:</span>{" "}
            {uncovered.map((host) => host.host).join(", ")}
          </div>
        );
      },
    },
  ];
}

export default async function CertificatesPage() {
  const region = await currentRegion();
  const [result, actor] = await Promise.all([
    safeRead("list the certificates", () => loadCertificateInventory(region)),
    currentActor(),
  ]);
  const now = nowMs();

  const actions = can(actor, "change-certificates") && (
    <>
      <ButtonLink href="/certificates/import">Import certificate</ButtonLink>
      <ButtonLink href="/certificates/request" variant="primary">
        Request certificate
      </ButtonLink>
    </>
  );

  return (
    <>
      <PageHeader
        title="Certificates"
        description={`ACM certificates in ${region}. An ALB can only use certificates of its own region.`}
        actions={actions}
      />
      {!result.ok ? (
        <ErrorState
          title="Could not list the certificates"
          message={result.error.message}
          code={result.error.code}
        />
      ) : result.data.certificates.length === 0 ? (
        <EmptyState title={`No certificates in ${region}`} action={actions}>
          Request a public certificate (validated through a DNS record this console can create for you) or
          import one to serve HTTPS.
        </EmptyState>
      ) : (
        <>
          {result.data.warnings.map((warning) => (
            <p
              key={warning}
              role="status"
              className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            >
              {warning}
            </p>
          ))}
          <Table
            caption={`Certificates in ${region}`}
            columns={columns(now)}
            rows={result.data.certificates}
            rowKey={(view) => view.certificate.arn}
          />
        </>
      )}
    </>
  );
}
