"use client";

import Link from "next/link";
import { useState } from "react";

import { RecordEditor, type RecordEditorProps } from "@/components/record-editor/record-editor";
import { EmptyState } from "@/components/ui/empty-state";
import type { ResourceRecordSet } from "@/lib/records-view/types";

/**
 * The editor of one record for as long as the page is open. It keeps the record as the page first loaded it: an apply
 * or a delete refreshes the page with the new record (or none), and the editor must stay to show what was applied
 * (change id, INSYNC) instead of starting again or saying the record is not in the zone.
 */
export function EditRecordSession({
  record,
  ...editor
}: Omit<RecordEditorProps, "before"> & { record: ResourceRecordSet | undefined }) {
  const [loaded] = useState(record);

  if (!loaded) {
    return (
      <EmptyState
        title="This record is not in the zone"
        action={
          <Link
            className="text-sm text-sky-800 underline"
            href={`/hosted-zones/${encodeURIComponent(editor.zone.id)}`}
          >
            Back to the records
          </Link>
        }
      >
        It may have been deleted or renamed since the list was loaded.
      </EmptyState>
    );
  }
  return <RecordEditor {...editor} before={loaded} />;
}
