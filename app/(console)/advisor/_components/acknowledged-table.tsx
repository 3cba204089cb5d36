import Link from "next/link";

import { type Column, Table } from "@/components/ui/table";
import type { Acknowledgement, Finding } from "@/lib/advisor/types";
import { primaryResource } from "@/lib/advisor-view/findings-view";

import { RevokeButton } from "./revoke-button";

type Row = { finding: Finding; ack: Acknowledgement };

function columns(canRevoke: boolean): Column<Row>[] {
  const all: Column<Row>[] = [
    {
      id: "finding",
      header: "Finding",
      isRowHeader: true,
      className: "min-w-56",
      wrap: true,
      cell: ({ finding }) => {
        const resource = primaryResource(finding);
        return (
          <>
            <span className="font-medium">{finding.title}</span>
            {resource && (
              <div className="mt-0.5 text-xs">
                <Link href={resource.href} className="text-sky-800 hover:underline">
                  {resource.label}
                </Link>
              </div>
            )}
          </>
        );
      },
    },
    {
      id: "reason",
      header: "Reason",
      className: "min-w-48 max-w-md",
      wrap: true,
      cell: ({ ack }) => ack.reason,
    },
    { id: "by", header: "By", cell: ({ ack }) => ack.actor },
    {
      id: "since",
      header: "Since (UTC)",
      className: "font-mono text-xs whitespace-nowrap",
      cell: ({ ack }) => ack.at.replace("T", " ").slice(0, 16),
    },
    {
      id: "until",
      header: "Until (UTC)",
      className: "font-mono text-xs whitespace-nowrap",
      cell: ({ ack }) => (ack.expiresAt ? ack.expiresAt.slice(0, 10) : "until revoked"),
    },
  ];
  if (canRevoke) {
    all.push({
      id: "revoke",
      header: <span className="sr-only">Revoke</span>,
      cell: ({ finding }) => <RevokeButton findingKey={finding.key} findingTitle={finding.title} />,
    });
  }
  return all;
}

/** Findings an operator said may wait: why, who, until when, and Revoke. */
export function AcknowledgedTable({ acknowledged, canRevoke }: { acknowledged: Row[]; canRevoke: boolean }) {
  return (
    <section aria-labelledby="acknowledged-heading" className="space-y-3">
      <h2 id="acknowledged-heading" className="text-lg font-semibold text-slate-900">
        Acknowledged <span className="text-slate-500">· {acknowledged.length}</span>
      </h2>
      <Table
        columns={columns(canRevoke)}
        rows={acknowledged}
        rowKey={({ finding }) => finding.key}
        caption="Acknowledged findings"
        empty={<p className="text-sm text-slate-600">No finding is acknowledged.</p>}
      />
    </section>
  );
}
