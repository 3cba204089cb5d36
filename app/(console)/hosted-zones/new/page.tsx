import { randomUUID } from "node:crypto";
import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { listVpcs } from "@/lib/aws/ec2/vpcs";
import { safeRead } from "@/lib/aws/safe-read";
import { availableRegions } from "@/lib/region";

import { CreateZoneForm, type VpcChoice } from "../_components/create-zone-form";

export const metadata = { title: "Create hosted zone" };

export default async function NewHostedZonePage() {
  const regions = availableRegions();
  const reads = await Promise.all(regions.map((region) => safeRead("list the VPCs", () => listVpcs(region))));
  const vpcs: VpcChoice[] = reads.flatMap((read, index) =>
    read.ok
      ? read.data.map((vpc) => ({
          region: regions[index] ?? "",
          id: vpc.id,
          label: `${vpc.name ?? vpc.id} · ${vpc.cidrBlock}${vpc.isDefault ? " · default" : ""}`,
        }))
      : [],
  );
  const vpcErrors = reads.flatMap((read, index) =>
    read.ok ? [] : [`${regions[index] ?? ""}: ${read.error.message}`],
  );

  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/hosted-zones" className="hover:underline">
            Hosted zones
          </Link>
        }
        title="Create hosted zone"
        description="A public zone answers on the internet once its domain is delegated to the zone's name servers; a private zone answers only inside the VPCs attached to it."
      />
      <Card className="max-w-2xl">
        <CreateZoneForm vpcs={vpcs} vpcErrors={vpcErrors} submissionId={randomUUID()} />
      </Card>
    </>
  );
}
