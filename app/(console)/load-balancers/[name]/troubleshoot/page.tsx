import Link from "next/link";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/layout/page-header";
import { CodeExplainer } from "@/components/troubleshoot/code-explainer";
import { CodeTabs } from "@/components/troubleshoot/code-tabs";
import { FindingsList } from "@/components/troubleshoot/findings-list";
import { MetricsPanel } from "@/components/troubleshoot/metrics-panel";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { albFindings } from "@/lib/advisor/alb-findings";
import { explainHttpCode } from "@/lib/advisor/troubleshoot";
import { readAlbConfig } from "@/lib/alb-ops/read-alb-config";
import { idleTimeoutSeconds } from "@/lib/alb/config-queries";
import { httpCodeInfo, TROUBLESHOOT_CODES } from "@/lib/alb/troubleshoot/codes";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";

const DEFAULT_CODE = 502;

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }) {
  return { title: `Troubleshoot ${decodeURIComponent((await params).name)}` };
}

export default async function TroubleshootPage({
  params,
  searchParams,
}: {
  params: Promise<{ name: string }>;
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  const name = decodeURIComponent((await params).name);
  const rawCode = (await searchParams).code;
  const requested = Number(Array.isArray(rawCode) ? rawCode[0] : rawCode);
  const code = TROUBLESHOOT_CODES.includes(requested) ? requested : DEFAULT_CODE;
  const info = httpCodeInfo(code);
  const region = await currentRegion();
  const result = await safeRead("read the load balancer's configuration", () => readAlbConfig(region, name));
  if (result.ok && !result.data) notFound();

  const basePath = `/load-balancers/${encodeURIComponent(name)}`;
  const breadcrumb = (
    <span className="flex gap-1">
      <Link href="/load-balancers" className="hover:underline">
        Load balancers
      </Link>
      /
      <Link href={basePath} className="hover:underline">
        {name}
      </Link>
    </span>
  );
  const header = (
    <PageHeader
      breadcrumb={breadcrumb}
      title={`Troubleshoot ${name}`}
      description="What the HTTP errors your clients see mean for this load balancer, whether it or the targets produced them, and what in its configuration explains them."
    />
  );
  if (!result.ok || !result.data) {
    return (
      <>
        {header}
        {!result.ok && (
          <ErrorState
            title="Could not read the load balancer"
            message={result.error.message}
            code={result.error.code}
          />
        )}
      </>
    );
  }

  const { config, unread } = result.data;
  const findings = explainHttpCode(code, config);
  const misconfigurations = albFindings(config);
  const idle = idleTimeoutSeconds(config);
  const metricsUnread = unread.find((part) => part.part === "metrics");

  return (
    <>
      {header}
      <CodeTabs codes={TROUBLESHOOT_CODES} selected={code} basePath={`${basePath}/troubleshoot`} />
      {unread.length > 0 && (
        <div
          role="note"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          Some parts could not be read, so their checks are silent:{" "}
          {unread.map((part) => `${part.part} (${part.message})`).join("; ")}
        </div>
      )}
      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          {info && (
            <Card title={`${code} ${info.title}`}>
              <CodeExplainer info={info} />
            </Card>
          )}
          <Card title={`What in ${name}'s configuration explains a ${code}`}>
            <FindingsList
              findings={findings}
              label={`Findings for ${code}`}
              empty={`Nothing in this load balancer's configuration explains a ${code}; check the common causes above and the access logs.`}
            />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Last hour">
            <MetricsPanel
              metrics={config.metrics}
              idleTimeoutSeconds={idle}
              unreadMessage={metricsUnread?.message}
            />
          </Card>
          <Card title={`Everything that looks wrong (${misconfigurations.length})`}>
            <FindingsList
              findings={misconfigurations}
              label="Misconfigurations"
              empty="No misconfiguration found."
            />
          </Card>
        </div>
      </div>
    </>
  );
}
