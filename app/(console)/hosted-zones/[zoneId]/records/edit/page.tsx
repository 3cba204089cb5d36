import Link from "next/link";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/layout/page-header";
import { ErrorState } from "@/components/ui/error-state";
import { parseRecordEdit, type SearchParams } from "@/lib/simulator/carry-params";

import { applyRecordChangesAction, deleteRecordAction, previewRecordChangeAction } from "../../actions";
import { loadEditedRecord, loadEditorData, parseRecordKey } from "../_lib/editor-data";
import { EditRecordSession } from "./_components/edit-record-session";

export default async function EditRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ zoneId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ zoneId }, search] = await Promise.all([params, searchParams]);
  const key = typeof search.key === "string" ? search.key : undefined;
  // A weight or bias carried from the simulator's draft: it only pre-fills the form, previewed and applied as usual.
  const draft = parseRecordEdit(search);
  const [data, loaded] = await Promise.all([loadEditorData(zoneId), loadEditedRecord(zoneId, key)]);
  if (!data.zone && !data.zoneError) notFound();

  const record = loaded.ok ? loaded.data : undefined;
  const ref = key ? parseRecordKey(key) : undefined;
  const zoneHref = `/hosted-zones/${encodeURIComponent(zoneId)}`;
  const loadProblems = loaded.ok ? data.loadProblems : [...data.loadProblems, loaded.error.message];

  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href={zoneHref} className="hover:underline">
            {data.zone?.name ?? zoneId}
          </Link>
        }
        title={ref ? `Edit ${ref.type} ${ref.name}` : "Edit record"}
        description={ref?.setIdentifier ? `Record ID ${ref.setIdentifier}` : undefined}
        actions={
          ref ? (
            <Link
              className="text-sm text-sky-800 underline"
              href={`/simulator?zone=${encodeURIComponent(zoneId)}&name=${encodeURIComponent(ref.name)}&type=${encodeURIComponent(ref.type)}`}
            >
              Open in simulator
            </Link>
          ) : undefined
        }
      />
      {!data.zone ? (
        <ErrorState
          title="Could not read the hosted zone"
          message={data.zoneError?.message ?? ""}
          code={data.zoneError?.code}
        />
      ) : !loaded.ok ? (
        <ErrorState
          title="Could not read the record"
          message={loaded.error.message}
          code={loaded.error.code}
        />
      ) : (
        // Keyed on what the URL asks for, not on the record: the page's refresh after an apply must not reset it.
        <EditRecordSession
          key={JSON.stringify([key, draft ?? null])}
          record={record}
          zone={data.zone}
          loadBalancers={data.loadBalancers}
          healthChecks={data.healthChecks}
          loadProblems={loadProblems}
          previewAction={previewRecordChangeAction}
          applyAction={applyRecordChangesAction}
          deleteAction={deleteRecordAction}
          draft={draft}
        />
      )}
    </>
  );
}
