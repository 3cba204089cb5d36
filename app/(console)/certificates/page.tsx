import { CertificateStatusBadge } from "@/components/inventory/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { listCertificates } from "@/lib/aws/acm/certificates";
import { safeRead } from "@/lib/aws/safe-read";
import { daysUntil, nowMs } from "@/lib/time";
import { currentRegion } from "@/lib/region";

export const metadata = { title: "Certificates" };


export default async function CertificatesPage() {
  const region = await currentRegion();
  const result = await safeRead("list the certificates", () => listCertificates(region));
  const now = nowMs();

  return (
    <>
      <PageHeader title="Certificates" description={`ACM certificates in ${region}. An ALB can only use certificates of its own region.`} />
      {!result.ok ? (
        <ErrorState title="Could not list the certificates" message={result.error.message} code={result.error.code} />
      ) : result.data.length === 0 ? (
        <EmptyState title={`No certificates in ${region}`}>Request a public certificate or import one to serve HTTPS.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Certificates in {region}</caption>
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2">Domain</th>
                <th scope="col" className="px-4 py-2">Other names</th>
                <th scope="col" className="px-4 py-2">Status</th>
                <th scope="col" className="px-4 py-2">Type</th>
                <th scope="col" className="px-4 py-2">Expires</th>
                <th scope="col" className="px-4 py-2">In use by</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {result.data.map((certificate) => {
                const days = daysUntil(certificate.notAfter, now);
                const others = certificate.subjectAlternativeNames.filter((name) => name !== certificate.domainName);
                return (
                  <tr key={certificate.arn}>
                    <td className="px-4 py-2 font-medium">{certificate.domainName}</td>
                    <td className="px-4 py-2 text-xs">{others.join(", ") || "—"}</td>
                    <td className="px-4 py-2">
                      <CertificateStatusBadge status={certificate.status} />
                    </td>
                    <td className="px-4 py-2 text-xs">{certificate.type.replace("_", " ").toLowerCase()}</td>
                    <td className="px-4 py-2 text-xs whitespace-nowrap">
                      {certificate.notAfter ? certificate.notAfter.slice(0, 10) : "—"}
                      {days !== undefined && days <= 30 && (
                        <span className="ml-1">
                          <Badge tone={days < 0 ? "red" : "amber"}>{days < 0 ? "expired" : `in ${days} days`}</Badge>
                        </span>
                      )}
                    </td>
                    <td className="px-4 py-2 font-mono text-xs break-all">
                      {certificate.inUseBy.length ? certificate.inUseBy.map((arn) => <div key={arn}>{arn}</div>) : "—"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
