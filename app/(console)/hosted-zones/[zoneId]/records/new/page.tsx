import Link from "next/link";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/layout/page-header";
import { RecordEditor } from "@/components/record-editor/record-editor";
import { ErrorState } from "@/components/ui/error-state";
import { parseNewRecord, type SearchParams } from "@/lib/simulator/carry-params";

import { applyRecordChangesAction, previewRecordChangeAction } from "../../actions";
import { loadEditorData } from "../_lib/editor-data";

export default async function NewRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ zoneId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ zoneId }, search] = await Promise.all([params, searchParams]);
  // A record added in the simulator's draft: its values only pre-fill the form, previewed and applied as usual.
  const draft = parseNewRecord(search);
  const data = await loadEditorData(zoneId);
  if (!data.zone && !data.zoneError) notFound();

  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href={`/hosted-zones/${encodeURIComponent(zoneId)}`} className="hover:underline">
            {data.zone?.name ?? zoneId}
          </Link>
        }
        title="Create record"
        description="Preview shows exactly what will change in Route 53; nothing is sent until you apply."
      />
      {data.zone ? (
        <RecordEditor
          key={JSON.stringify(draft ?? null)}
          zone={data.zone}
          loadBalancers={data.loadBalancers}
          healthChecks={data.healthChecks}
          loadProblems={data.loadProblems}
          previewAction={previewRecordChangeAction}
          applyAction={applyRecordChangesAction}
          draft={draft}
        />
      ) : (
        <ErrorState
          title="Could not read the hosted zone"
          message={data.zoneError?.message ?? ""}
          code={data.zoneError?.code}
        />
      )}
    </>
  );
}
