import { randomUUID } from "node:crypto";
import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { currentRegion } from "@/lib/region";

import { RequestCertificateForm } from "../_components/request-certificate-form";

export const metadata = { title: "Request a certificate" };

export default async function RequestCertificatePage() {
  const region = await currentRegion();
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/certificates" className="hover:underline">
            Certificates
          </Link>
        }
        title="Request a public certificate"
        description="ACM issues it once a DNS record proves you control each name; it is free and renews itself."
      />
      <div className="max-w-2xl">
        <Card>
          <RequestCertificateForm region={region} submissionId={randomUUID()} />
        </Card>
      </div>
    </>
  );
}
