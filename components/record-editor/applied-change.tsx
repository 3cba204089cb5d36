"use client";

import Link from "next/link";

import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";

import { ChangeStatus } from "./change-status";
import type { RecordChangeApplied } from "./types";

/** What an apply or a delete did: the message, each Route 53 change with its status until INSYNC, the way back. */
export function AppliedChange({
  title,
  applied,
  zone,
}: {
  title: string;
  applied: { data: RecordChangeApplied; message?: string };
  zone: { id: string; name: string };
}) {
  const zoneHref = `/hosted-zones/${encodeURIComponent(zone.id)}`;
  return (
    <Card title={title}>
      <div className="space-y-3">
        <FormMessage status="success" message={applied.message} />
        <ul className="space-y-1 text-sm" aria-label="Route 53 changes">
          {applied.data.changeIds.map((changeId, index) => (
            <li key={changeId}>
              <ChangeStatus changeId={changeId} initialStatus={applied.data.statuses[index] ?? "PENDING"} />
            </li>
          ))}
        </ul>
        <div className="flex gap-2">
          <Link className="text-sm text-sky-800 underline" href={zoneHref}>
            Back to the records of {zone.name}
          </Link>
        </div>
      </div>
    </Card>
  );
}
