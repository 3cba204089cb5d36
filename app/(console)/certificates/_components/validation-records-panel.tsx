"use client";

import { useRouter } from "next/navigation";

import { useAction } from "@/components/actions/use-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { type Column, Table } from "@/components/ui/table";

import { createValidationRecordsAction } from "../actions";

export interface ValidationRecordRow {
  name: string;
  value: string;
  zoneName?: string;
  zoneId?: string;
  state: "missing" | "present" | "different";
  currentValue?: string;
}

function StateBadge({ row }: { row: ValidationRecordRow }) {
  if (!row.zoneName) return <Badge tone="amber">no public zone here</Badge>;
  if (row.state === "present") return <Badge tone="green">exists</Badge>;
  if (row.state === "different") return <Badge tone="amber">will be overwritten</Badge>;
  return <Badge tone="blue">will be created</Badge>;
}

const COLUMNS: Column<ValidationRecordRow>[] = [
  { id: "name", header: "Name", className: "font-mono text-xs break-all", cell: (row) => row.name },
  { id: "type", header: "Type", className: "text-xs", cell: () => "CNAME" },
  {
    id: "value",
    header: "Value",
    className: "font-mono text-xs break-all",
    cell: (row) => (
      <>
        {row.value}
        {row.state === "different" && row.currentValue && (
          <div className="text-amber-800">now: {row.currentValue}</div>
        )}
      </>
    ),
  },
  {
    id: "zone",
    header: "Hosted zone",
    className: "text-xs",
    cell: (row) =>
      row.zoneId ? (
        <a href={`/hosted-zones/${row.zoneId}`} className="text-sky-800 hover:underline">
          {row.zoneName}
        </a>
      ) : (
        "—"
      ),
  },
  { id: "state", header: "In Route 53", cell: (row) => <StateBadge row={row} /> },
];

/** The validation CNAMEs as they will be written (UPSERT), and the one button that writes them all. */
export function ValidationRecordsPanel({
  certificateArn,
  rows,
  readError,
  canCreate,
}: {
  certificateArn: string;
  rows: ValidationRecordRow[];
  readError?: string;
  /** Needs "change-certificates" and "change-dns": without them the records are listed without the button. */
  canCreate: boolean;
}) {
  const router = useRouter();
  const { result, formAction, isPending } = useAction(createValidationRecordsAction, {
    onSuccess: () => router.refresh(),
  });
  const toWrite = rows.filter((row) => row.zoneName && row.state !== "present");

  return (
    <div className="space-y-3">
      {readError && <p className="text-sm text-amber-900">{readError}</p>}
      <Table caption="Validation records" columns={COLUMNS} rows={rows} rowKey={(row) => row.name} />
      {canCreate && (
        <form
          action={formAction}
          aria-label="Create validation records"
          className="flex flex-wrap items-center gap-3"
        >
          <input type="hidden" name="certificateArn" value={certificateArn} />
          <Button type="submit" disabled={isPending || toWrite.length === 0}>
            {isPending
              ? "Creating…"
              : toWrite.length === 0
                ? "Validation records in place"
                : `Create ${toWrite.length === 1 ? "validation record" : `${toWrite.length} validation records`} in Route 53`}
          </Button>
          <p className="text-xs text-slate-500">
            UPSERT with TTL 300. Keep the records: ACM needs them again to renew.
          </p>
        </form>
      )}
      <FormMessage status={result.status} message={result.status === "idle" ? undefined : result.message} />
    </div>
  );
}
