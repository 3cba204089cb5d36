"use client";

import { useRouter } from "next/navigation";

import { useAction } from "@/components/actions/use-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

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

/** The validation CNAMEs as they will be written (UPSERT), and the one button that writes them all. */
export function ValidationRecordsPanel({
  certificateArn,
  rows,
  readError,
}: {
  certificateArn: string;
  rows: ValidationRecordRow[];
  readError?: string;
}) {
  const router = useRouter();
  const { result, formAction, isPending } = useAction(createValidationRecordsAction, {
    onSuccess: () => router.refresh(),
  });
  const toWrite = rows.filter((row) => row.zoneName && row.state !== "present");

  return (
    <div className="space-y-3">
      {readError && <p className="text-sm text-amber-900">{readError}</p>}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Validation records</caption>
          <thead className="text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="py-1 pr-4">
                Name
              </th>
              <th scope="col" className="py-1 pr-4">
                Type
              </th>
              <th scope="col" className="py-1 pr-4">
                Value
              </th>
              <th scope="col" className="py-1 pr-4">
                Hosted zone
              </th>
              <th scope="col" className="py-1">
                In Route 53
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {rows.map((row) => (
              <tr key={row.name}>
                <td className="py-1.5 pr-4 font-mono text-xs break-all">{row.name}</td>
                <td className="py-1.5 pr-4 text-xs">CNAME</td>
                <td className="py-1.5 pr-4 font-mono text-xs break-all">
                  {row.value}
                  {row.state === "different" && row.currentValue && (
                    <div className="text-amber-800">now: {row.currentValue}</div>
                  )}
                </td>
                <td className="py-1.5 pr-4 text-xs">
                  {row.zoneId ? (
                    <a href={`/hosted-zones/${row.zoneId}`} className="text-sky-800 hover:underline">
                      {row.zoneName}
                    </a>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="py-1.5">
                  <StateBadge row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
      <FormMessage status={result.status} message={result.status === "idle" ? undefined : result.message} />
    </div>
  );
}
