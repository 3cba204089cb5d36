import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";

import { FindingsInline, FindingsInlineSkeleton } from "@/components/advisor/findings-inline";
import { CertificateUseList, ExpiryBadge, ImportedBadge } from "@/components/certificates/certificate-badges";
import { CertificateStatusBadge } from "@/components/inventory/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DefinitionList } from "@/components/ui/definition-list";
import { ErrorState } from "@/components/ui/error-state";
import { type Column, Table } from "@/components/ui/table";
import { validationRecords } from "@/lib/aws/acm/certificates";
import type { DomainValidation } from "@/lib/aws/acm/types";
import { previewValidationRecords } from "@/lib/aws/route53/validation-records";
import { can, currentActor } from "@/lib/auth/actor";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";
import { daysUntil, nowMs } from "@/lib/time";

import { DeleteCertificateButton } from "../_components/delete-certificate-button";
import { StatusRefresher } from "../_components/status-refresher";
import { type ValidationRecordRow, ValidationRecordsPanel } from "../_components/validation-records-panel";
import { loadCertificateInventory } from "../_lib/load";
import { certificateProgress } from "../_lib/progress";
import { labelOfUse } from "../_lib/usage";

export const metadata = { title: "Certificate" };

function ValidationStatusBadge({ status }: { status: DomainValidation["validationStatus"] }) {
  if (status === "SUCCESS") return <Badge tone="green">validated</Badge>;
  if (status === "FAILED") return <Badge tone="red">failed</Badge>;
  return <Badge tone="blue">pending validation</Badge>;
}

const VALIDATION_COLUMNS: Column<DomainValidation>[] = [
  { id: "domain", header: "Domain", className: "font-medium", cell: (validation) => validation.domainName },
  {
    id: "method",
    header: "Method",
    className: "text-xs",
    cell: (validation) => validation.validationMethod ?? "—",
  },
  {
    id: "status",
    header: "Status",
    cell: (validation) => <ValidationStatusBadge status={validation.validationStatus} />,
  },
  {
    id: "record",
    header: "Record name",
    className: "font-mono text-xs break-all",
    cell: (validation) => validation.resourceRecord?.name ?? "not generated yet",
  },
];

export default async function CertificatePage({ params }: { params: Promise<{ certificateId: string }> }) {
  const { certificateId } = await params;
  const region = await currentRegion();
  const [result, actor] = await Promise.all([
    safeRead("read the certificate", () => loadCertificateInventory(region)),
    currentActor(),
  ]);
  const canChange = can(actor, "change-certificates");
  const breadcrumb = (
    <Link href="/certificates" className="hover:underline">
      Certificates
    </Link>
  );
  if (!result.ok) {
    return (
      <>
        <PageHeader breadcrumb={breadcrumb} title="Certificate" />
        <ErrorState
          title="Could not read the certificate"
          message={result.error.message}
          code={result.error.code}
        />
      </>
    );
  }
  const view = result.data.certificates.find((candidate) => candidate.id === certificateId);
  if (!view) notFound();

  const { certificate, uses, uncovered, checkedHosts } = view;
  const records = validationRecords(certificate);
  const isDnsValidated = certificate.type === "AMAZON_ISSUED";
  const preview =
    isDnsValidated && records.length > 0
      ? await safeRead("read the validation records in Route 53", () => previewValidationRecords(records))
      : undefined;
  const rows: ValidationRecordRow[] =
    preview?.ok === true
      ? preview.data.map((record) => ({
          name: record.name,
          value: record.value,
          zoneName: record.zone?.name,
          zoneId: record.zone?.id,
          state: record.state,
          currentValue: record.currentValue,
        }))
      : records.map((record) => ({ name: record.name, value: record.value, state: "missing" }));
  const days = daysUntil(certificate.notAfter, nowMs());
  const usedBy = uses.map(labelOfUse);

  return (
    <>
      <PageHeader
        breadcrumb={breadcrumb}
        title={certificate.domainName}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <CertificateStatusBadge status={certificate.status} />
            {certificate.type === "IMPORTED" && <ImportedBadge />}
            <ExpiryBadge days={days} />
            <span className="text-xs text-slate-500">{region}</span>
          </span>
        }
        actions={
          <StatusRefresher certificateArn={certificate.arn} progress={certificateProgress(certificate)} />
        }
      />

      <div className="mb-4">
        <Suspense fallback={<FindingsInlineSkeleton />}>
          <FindingsInline
            region={region}
            what="this certificate"
            matches={(resource) => resource.kind === "certificate" && resource.id === certificate.arn}
          />
        </Suspense>
      </div>

      {(certificate.status === "FAILED" || certificate.status === "VALIDATION_TIMED_OUT") && (
        <div className="mb-4">
          <ErrorState
            title={
              certificate.status === "FAILED"
                ? "ACM could not issue this certificate"
                : "Validation timed out"
            }
            message={
              certificate.status === "FAILED"
                ? `Reason: ${certificate.failureReason ?? "not given"}. Request a new certificate.`
                : "ACM did not find the validation records within 72 hours. Request the certificate again and create its records."
            }
          />
        </div>
      )}

      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Overview">
          <DefinitionList
            items={[
              {
                term: "Names",
                value: certificate.subjectAlternativeNames.join(", ") || certificate.domainName,
              },
              {
                term: "Type",
                value:
                  certificate.type === "IMPORTED"
                    ? "Imported (ACM never renews it: re-import before it expires)"
                    : certificate.type.replace("_", " ").toLowerCase(),
              },
              { term: "Key algorithm", value: certificate.keyAlgorithm ?? "—" },
              { term: "Valid from", value: certificate.notBefore?.slice(0, 10) ?? "—" },
              {
                term: "Expires",
                value: certificate.notAfter
                  ? `${certificate.notAfter.slice(0, 10)}${days !== undefined && days >= 0 ? ` (in ${days} days)` : ""}`
                  : "—",
              },
              {
                term: "Renewal",
                value: certificate.renewalEligibility
                  ? `${certificate.renewalEligibility.toLowerCase().replace("_", " ")}${certificate.renewalStatus ? ` · ${certificate.renewalStatus}` : ""}`
                  : "—",
              },
              { term: "ARN", value: <span className="font-mono text-xs">{certificate.arn}</span> },
            ]}
          />
        </Card>

        <Card title="In use by">
          <div className="space-y-3 text-sm">
            <CertificateUseList uses={uses.map((use) => ({ ...use, label: labelOfUse(use) }))} />
            {uses.length > 0 && (
              <div>
                <h3 className="mb-1 font-medium text-slate-800">Hostnames reaching these listeners</h3>
                {result.data.warnings.map((warning) => (
                  <p key={warning} className="text-xs text-amber-900">
                    {warning}
                  </p>
                ))}
                {uncovered.length === 0 ? (
                  <p className="text-emerald-800">
                    {checkedHosts === 0
                      ? "No host-header rules or Route 53 aliases point at these listeners."
                      : `This certificate covers all ${checkedHosts} hostnames from host-header rules and Route 53 aliases.`}
                  </p>
                ) : (
                  <ul aria-label="Hostnames not covered" className="space-y-1">
                    {uncovered.map((host) => (
                      <li key={host.host} className="rounded border border-slate-200 px-2 py-1.5">
                        <div className="flex flex-wrap items-center gap-2">
                          <span className="font-mono text-xs">{host.host}</span>
                          {host.coveredByOther.length > 0 ? (
                            <Badge tone="gray">served by {host.coveredByOther.join(", ")}</Badge>
                          ) : (
                            <Badge tone="red">not covered</Badge>
                          )}
                        </div>
                        <p className="mt-0.5 text-xs text-slate-500">From {host.sources.join("; ")}</p>
                      </li>
                    ))}
                  </ul>
                )}
                <p className="mt-2 text-xs text-slate-500">
                  A wildcard covers one label: *.example.com covers a.example.com, not a.b.example.com nor
                  example.com.
                </p>
              </div>
            )}
          </div>
        </Card>

        {isDnsValidated && (
          <Card title="Domain validation" className="xl:col-span-2">
            <div className="space-y-5">
              <Table
                caption="Validation status per domain"
                columns={VALIDATION_COLUMNS}
                rows={certificate.domainValidations}
                rowKey={(validation) => validation.domainName}
              />

              <section aria-labelledby="validation-records-heading">
                <h3 id="validation-records-heading" className="mb-2 text-sm font-semibold text-slate-800">
                  Validation records
                </h3>
                {records.length === 0 ? (
                  <p className="text-sm text-slate-600">
                    ACM has not published the validation records yet; they appear a few seconds after the
                    request.
                  </p>
                ) : (
                  <ValidationRecordsPanel
                    certificateArn={certificate.arn}
                    rows={rows}
                    canCreate={canChange && can(actor, "change-dns")}
                    readError={
                      preview?.ok === false
                        ? `Could not read Route 53 to preview the records: ${preview.error.message}`
                        : undefined
                    }
                  />
                )}
              </section>
            </div>
          </Card>
        )}

        {canChange && (
          <Card title="Delete" className="xl:col-span-2">
            <DeleteCertificateButton
              certificateArn={certificate.arn}
              domainName={certificate.domainName}
              usedBy={usedBy}
            />
          </Card>
        )}
      </div>
    </>
  );
}
