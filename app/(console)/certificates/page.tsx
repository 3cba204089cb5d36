import Link from "next/link";

import { CertificateUseList, ExpiryBadge, ImportedBadge } from "@/components/certificates/certificate-badges";
import { CertificateStatusBadge } from "@/components/inventory/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";
import { daysUntil, nowMs } from "@/lib/time";

import { loadCertificateInventory } from "./_lib/load";
import { labelOfUse } from "./_lib/usage";

export const metadata = { title: "Certificates" };

export default async function CertificatesPage() {
  const region = await currentRegion();
  const result = await safeRead("list the certificates", () => loadCertificateInventory(region));
  const now = nowMs();

  const actions = (
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
        <ErrorState title="Could not list the certificates" message={result.error.message} code={result.error.code} />
      ) : result.data.certificates.length === 0 ? (
        <EmptyState title={`No certificates in ${region}`} action={actions}>
          Request a public certificate (validated through a DNS record this console can create for you) or import one to
          serve HTTPS.
        </EmptyState>
      ) : (
        <>
          {result.data.warnings.map((warning) => (
            <p key={warning} role="status" className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {warning}
            </p>
          ))}
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Certificates in {region}</caption>
              <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
                <tr>
                  <th scope="col" className="px-4 py-2">Domain</th>
                  <th scope="col" className="px-4 py-2">Other names</th>
                  <th scope="col" className="px-4 py-2">Status</th>
                  <th scope="col" className="px-4 py-2">Expires</th>
                  <th scope="col" className="px-4 py-2">In use by</th>
                  <th scope="col" className="px-4 py-2">Hostnames</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {result.data.certificates.map(({ id, certificate, uses, uncovered, checkedHosts }) => {
                  const days = daysUntil(certificate.notAfter, now);
                  const others = certificate.subjectAlternativeNames.filter((name) => name !== certificate.domainName);
                  const unserved = uncovered.filter((host) => host.coveredByOther.length === 0);
                  return (
                    <tr key={certificate.arn}>
                      <td className="px-4 py-2.5 font-medium">
                        <Link href={`/certificates/${id}`} className="text-sky-800 hover:underline">
                          {certificate.domainName || "(no domain name)"}
                        </Link>
                        <div className="mt-0.5 text-xs font-normal text-slate-500">
                          {certificate.type.replace("_", " ").toLowerCase()}
                          {certificate.keyAlgorithm ? ` · ${certificate.keyAlgorithm}` : ""}
                        </div>
                      </td>
                      <td className="px-4 py-2.5 text-xs break-all">{others.join(", ") || "—"}</td>
                      <td className="px-4 py-2.5">
                        <div className="flex flex-col items-start gap-1">
                          <CertificateStatusBadge status={certificate.status} />
                          {certificate.type === "IMPORTED" && <ImportedBadge />}
                        </div>
                      </td>
                      <td className="px-4 py-2.5 text-xs whitespace-nowrap">
                        <div>{certificate.notAfter ? certificate.notAfter.slice(0, 10) : "—"}</div>
                        <ExpiryBadge days={days} />
                      </td>
                      <td className="px-4 py-2.5 text-xs">
                        <CertificateUseList uses={uses.map((use) => ({ ...use, label: labelOfUse(use) }))} />
                      </td>
                      <td className="px-4 py-2.5 text-xs">
                        {uses.length === 0 ? (
                          <span className="text-slate-500">—</span>
                        ) : uncovered.length === 0 ? (
                          <span className="text-emerald-800">{checkedHosts === 0 ? "no hostnames to check" : `all ${checkedHosts} covered`}</span>
                        ) : (
                          <div className={unserved.length ? "text-red-800" : "text-amber-900"}>
                            <span className="font-medium">{uncovered.length} not covered:</span> {uncovered.map((host) => host.host).join(", ")}
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
