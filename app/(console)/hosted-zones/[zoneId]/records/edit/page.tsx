import Link from "next/link";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/layout/page-header";
import { RecordEditor } from "@/components/record-editor/record-editor";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { recordKey } from "@/lib/route53/record-key";
import { parseRecordEdit, type SearchParams } from "@/lib/simulator/carry-params";

import { applyRecordChangesAction, deleteRecordAction, previewRecordChangeAction } from "../../actions";
import { loadEditorData, recordNames } from "../_lib/editor-data";

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
  const data = await loadEditorData(zoneId);
  if (!data.zone && !data.zoneError) notFound();

  const record = key ? data.records.find((rrset) => recordKey(rrset) === recordKey(keyParts(key))) : undefined;
  const zoneHref = `/hosted-zones/${encodeURIComponent(zoneId)}`;
  const [name, type] = key?.split("|") ?? [];

  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href={zoneHref} className="hover:underline">
            {data.zone?.name ?? zoneId}
          </Link>
        }
        title={record ? `Edit ${record.Type ?? ""} ${name ?? ""}` : "Edit record"}
        description={record?.SetIdentifier ? `Record ID ${record.SetIdentifier}` : undefined}
        actions={
          name && type ? (
            <Link className="text-sm text-sky-800 underline" href={`/simulator?zone=${encodeURIComponent(zoneId)}&name=${encodeURIComponent(name)}&type=${encodeURIComponent(type)}`}>
              Open in simulator
            </Link>
          ) : undefined
        }
      />
      {!data.zone ? (
        <ErrorState title="Could not read the hosted zone" message={data.zoneError?.message ?? ""} code={data.zoneError?.code} />
      ) : !record ? (
        <EmptyState
          title="This record is not in the zone"
          action={
            <Link className="text-sm text-sky-800 underline" href={zoneHref}>
              Back to the records
            </Link>
          }
        >
          It may have been deleted or renamed since the list was loaded.
        </EmptyState>
      ) : (
        <RecordEditor
          key={JSON.stringify([record, draft])}
          zone={data.zone}
          before={record}
          loadBalancers={data.loadBalancers}
          zoneRecordNames={recordNames(data.records)}
          healthChecks={data.healthChecks}
          loadProblems={data.loadProblems}
          previewAction={previewRecordChangeAction}
          applyAction={applyRecordChangesAction}
          deleteAction={deleteRecordAction}
          draft={draft}
        />
      )}
    </>
  );
}

/** `name|type|set identifier`, the key the records table links with. */
function keyParts(key: string): { Name: string; Type: never; SetIdentifier?: string } {
  const [name = "", type = "", setIdentifier = ""] = key.split("|");
  return { Name: name, Type: type as never, SetIdentifier: setIdentifier || undefined };
}
