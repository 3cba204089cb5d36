import { randomUUID } from "node:crypto";
import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { listHealthChecks } from "@/lib/aws/route53/health-checks";
import { safeRead } from "@/lib/aws/safe-read";

import { CreateHealthCheckForm } from "../_components/create-health-check-form";

export const metadata = { title: "Create health check" };

export default async function NewHealthCheckPage() {
  const existing = await safeRead("list the health checks", listHealthChecks);
  const children = existing.ok
    ? existing.data
        .filter((check) => check.type !== "CALCULATED")
        .map((check) => ({
          id: check.id,
          label: `${check.type} ${check.endpoint}${check.resourcePath ?? ""}`,
        }))
    : [];

  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/health-checks" className="hover:underline">
            Health checks
          </Link>
        }
        title="Create health check"
        description="Route 53 health checkers in several Regions request the endpoint; it is healthy while more than 18% of them succeed."
      />
      <Card className="max-w-2xl">
        <CreateHealthCheckForm
          submissionId={randomUUID()}
          childChoices={children}
          childrenError={existing.ok ? undefined : existing.error.message}
        />
      </Card>
    </>
  );
}
