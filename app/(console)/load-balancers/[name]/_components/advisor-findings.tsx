import Link from "next/link";

import { FindingsList } from "@/components/troubleshoot/findings-list";
import { Card } from "@/components/ui/card";
import { albFindings } from "@/lib/advisor/alb-findings";
import { readAlbConfig } from "@/lib/alb-ops/read-alb-config";
import type { LoadBalancerSummary } from "@/lib/alb/domain";
import { safeRead } from "@/lib/aws/safe-read";

import { aliasRecordsOf } from "../_lib/dependents";

const TITLE = "What the advisor finds here";

/** The advisor's findings about this load balancer, from the same rules as /advisor (streamed: it reads a lot). */
export async function AdvisorFindings({ lb, region }: { lb: LoadBalancerSummary; region: string }) {
  const result = await safeRead("check the load balancer's configuration", async () => {
    // The records pointing here come from the DNS card's cached zone scan rather than a second scan.
    const [read, aliasRecords] = await Promise.all([
      readAlbConfig(region, lb.name, { metrics: false, aliasRecords: false }),
      aliasRecordsOf(region, lb).catch(() => undefined),
    ]);
    if (!read) return undefined;
    return albFindings({ ...read.config, ...(aliasRecords ? { aliasRecords } : {}) });
  });
  const findings = result.ok ? (result.data ?? []) : [];

  return (
    <Card
      title={result.ok ? `${TITLE} (${findings.length})` : TITLE}
      className="xl:col-span-2"
      actions={
        <Link href="/advisor" className="text-sm text-sky-800 hover:underline">
          Everything in the region
        </Link>
      }
    >
      {result.ok ? (
        <FindingsList
          findings={findings}
          label={`Advisor findings for ${lb.name}`}
          empty="Nothing looks wrong with this load balancer."
        />
      ) : (
        <p role="alert" className="text-sm text-red-800">
          Could not check the configuration: {result.error.message}
        </p>
      )}
    </Card>
  );
}
