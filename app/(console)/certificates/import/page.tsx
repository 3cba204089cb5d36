import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { currentRegion } from "@/lib/region";

import { ImportCertificateForm } from "../_components/import-certificate-form";

export const metadata = { title: "Import a certificate" };

export default async function ImportCertificatePage() {
  const region = await currentRegion();
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/certificates" className="hover:underline">
            Certificates
          </Link>
        }
        title="Import a certificate"
        description={`Bring a certificate issued elsewhere into ACM in ${region}.`}
      />
      <div className="max-w-2xl">
        <Card>
          <ImportCertificateForm />
        </Card>
      </div>
    </>
  );
}
