"use client";

import Link from "next/link";
import { useActionState, useState, useTransition } from "react";

import { PartialOutcomeNotice } from "@/components/review/partial-outcome-notice";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { describedBy, FieldMessages, FormMessage, TextAreaField } from "@/components/ui/field";
import { type ActionResult, idleResult } from "@/lib/action-result";
import type { ResourceRecordSet } from "@/lib/records-view/types";
import { importTooLargeMessage, MAX_IMPORT_BYTES, utf8Bytes } from "@/lib/schemas/zone-bulk";

import {
  type BulkApplied,
  applyImportAction,
  type ImportPreview,
  previewImportAction,
} from "../bulk-actions";
import { countOf } from "@/lib/format/count";

// Rendering thousands of rows is fine for a table this simple; past this, say how many more there are.
const SHOWN_ROWS = 500;

function valuesOf(rrset: ResourceRecordSet): string {
  if (rrset.AliasTarget) return `alias → ${rrset.AliasTarget.DNSName}`;
  return (rrset.ResourceRecords ?? []).map((r) => r.Value ?? "").join("  ·  ");
}

function routingOf(rrset: ResourceRecordSet): string {
  if (!rrset.SetIdentifier) return "simple";
  if (rrset.Weight !== undefined) return `weighted ${rrset.SetIdentifier} (${rrset.Weight})`;
  return rrset.SetIdentifier;
}

function RecordRows({ records }: { records: ResourceRecordSet[] }) {
  return (
    <>
      {records.slice(0, SHOWN_ROWS).map((rrset) => (
        <tr key={`${rrset.Name}|${rrset.Type}|${rrset.SetIdentifier ?? ""}`} className="align-top">
          <td className="px-3 py-1 font-medium">{rrset.Name}</td>
          <td className="px-3 py-1 font-mono text-xs">{rrset.Type}</td>
          <td className="px-3 py-1 text-xs">{routingOf(rrset)}</td>
          <td className="px-3 py-1 text-right tabular-nums">{rrset.TTL ?? "—"}</td>
          <td className="px-3 py-1 font-mono text-xs break-all">{valuesOf(rrset)}</td>
        </tr>
      ))}
    </>
  );
}

function batchSentence(count: number): string {
  if (count <= 1)
    return "They fit in one change batch, which Route 53 applies atomically: all of it or none of it.";
  return (
    `They need ${count} change batches (a request holds at most 1,000 values and 32,000 characters). The batches are applied one ` +
    "after another; each is atomic, but if one fails, the batches before it stay applied and the ones after it are not sent."
  );
}

function Preview({ preview }: { preview: ImportPreview }) {
  const { creates, conflicts, skipped, parseErrors, warnings } = preview;
  return (
    <div className="space-y-4">
      <Card title="Summary">
        <ul className="flex flex-wrap gap-2 text-sm" aria-label="Import summary">
          <li>
            <Badge tone="green">{creates.length.toLocaleString("en-US")} to create</Badge>
          </li>
          <li>
            <Badge tone={conflicts.length ? "amber" : "gray"}>{countOf(conflicts.length, "conflict")}</Badge>
          </li>
          <li>
            <Badge tone="gray">{skipped.length.toLocaleString("en-US")} skipped</Badge>
          </li>
          <li>
            <Badge tone={parseErrors.length ? "red" : "gray"}>{countOf(parseErrors.length, "error")}</Badge>
          </li>
        </ul>
        {creates.length > 0 && (
          <p className="mt-3 text-sm text-slate-700">{batchSentence(preview.batchCount)}</p>
        )}
      </Card>

      {parseErrors.length > 0 && (
        <Card title={`Errors (${parseErrors.length}): these are not imported`}>
          <ul className="max-h-64 space-y-1 overflow-auto text-sm" aria-label="Parse errors">
            {parseErrors.map((error, index) => (
              <li key={index} className="text-red-800">
                {error.line !== null && <span className="mr-2 font-mono text-xs">Line {error.line}</span>}
                {error.message}
              </li>
            ))}
          </ul>
        </Card>
      )}

      {warnings.length > 0 && (
        <Card title={`Warnings (${warnings.length})`}>
          <ul className="max-h-40 space-y-1 overflow-auto text-sm text-amber-900">
            {warnings.map((warning, index) => (
              <li key={index}>
                <span className="mr-2 font-mono text-xs">Line {warning.line}</span>
                {warning.message}
              </li>
            ))}
          </ul>
        </Card>
      )}

      {skipped.length > 0 && (
        <Card title={`Skipped (${skipped.length})`}>
          <ul className="space-y-1 text-sm text-slate-700" aria-label="Skipped records">
            {skipped.map((skip, index) => (
              <li key={index}>
                {skip.line !== null && <span className="mr-2 font-mono text-xs">Line {skip.line}</span>}
                <span className="font-medium">{skip.name}</span>{" "}
                <span className="font-mono text-xs">{skip.type}</span>: {skip.reason}
              </li>
            ))}
          </ul>
        </Card>
      )}

      {conflicts.length > 0 && (
        <Card title={`Conflicts with existing records (${conflicts.length}): not imported`}>
          <p className="mb-2 text-sm text-slate-600">
            An import never overwrites. Change these in the record editor if the file is right.
          </p>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Conflicts</caption>
            <thead className="text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-1">
                  In the file
                </th>
                <th scope="col" className="px-3 py-1">
                  Now in the zone
                </th>
                <th scope="col" className="px-3 py-1">
                  Why
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {conflicts.slice(0, SHOWN_ROWS).map((conflict) => (
                <tr
                  key={`${conflict.incoming.Name}|${conflict.incoming.Type}|${conflict.incoming.SetIdentifier ?? ""}`}
                >
                  <td className="bg-emerald-50/40 px-3 py-1">
                    <span className="font-medium">{conflict.incoming.Name}</span>{" "}
                    <span className="font-mono text-xs">{conflict.incoming.Type}</span>
                    <div className="font-mono text-xs break-all">{valuesOf(conflict.incoming)}</div>
                  </td>
                  <td className="bg-red-50/40 px-3 py-1">
                    {conflict.existing.map((rrset) => (
                      <div key={`${rrset.Type}|${rrset.SetIdentifier ?? ""}`}>
                        <span className="font-mono text-xs">{rrset.Type}</span>{" "}
                        <span className="font-mono text-xs break-all">{valuesOf(rrset)}</span>
                      </div>
                    ))}
                  </td>
                  <td className="px-3 py-1 text-xs">{conflict.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}

      {creates.length > 0 && (
        <Card title={`Will be created (${creates.length.toLocaleString("en-US")})`}>
          <div className="max-h-96 overflow-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Record sets to create</caption>
              <thead className="sticky top-0 bg-white text-xs text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-1">
                    Name
                  </th>
                  <th scope="col" className="px-3 py-1">
                    Type
                  </th>
                  <th scope="col" className="px-3 py-1">
                    Routing
                  </th>
                  <th scope="col" className="px-3 py-1 text-right">
                    TTL
                  </th>
                  <th scope="col" className="px-3 py-1">
                    After import (now: not present)
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 bg-emerald-50/30">
                <RecordRows records={creates} />
              </tbody>
            </table>
          </div>
          {creates.length > SHOWN_ROWS && (
            <p className="mt-2 text-xs text-slate-600">
              Showing the first {SHOWN_ROWS} of {creates.length.toLocaleString("en-US")}; all of them are
              created.
            </p>
          )}
        </Card>
      )}
    </div>
  );
}

export function ImportForm({ zoneId, zoneName }: { zoneId: string; zoneName: string }) {
  const [format, setFormat] = useState<"bind" | "json">("bind");
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string>();
  const [preview, previewAction, isPreviewing] = useActionState(previewImportAction, idleResult);
  const [applied, setApplied] = useState<ActionResult<BulkApplied>>(idleResult);
  const [isApplying, startApply] = useTransition();
  // Over the limit: said at the field in the browser and nothing is posted (the server refuses it too).
  const [tooLarge, setTooLarge] = useState<{ field: "file" | "text"; message: string }>();
  const fieldErrors = preview.status === "error" ? preview.fieldErrors : undefined;
  const textErrors = tooLarge?.field === "text" ? [tooLarge.message] : fieldErrors?.text;
  const fileErrors = tooLarge?.field === "file" ? [tooLarge.message] : undefined;
  const isPreviewCurrent =
    preview.status === "success" && applied.status !== "success" && applied.status !== "partial";

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setApplied(idleResult);
    if (file.size > MAX_IMPORT_BYTES) {
      setTooLarge({ field: "file", message: importTooLargeMessage(file.size) });
      setText("");
      return;
    }
    setTooLarge(undefined);
    if (file.name.endsWith(".json")) setFormat("json");
    setText(await file.text());
  };

  /** The size check before posting: true when the text may be sent. */
  const fitsLimit = () => {
    if (tooLarge?.field === "file") return false;
    const bytes = utf8Bytes(text);
    if (bytes <= MAX_IMPORT_BYTES) return true;
    setTooLarge({ field: "text", message: importTooLargeMessage(bytes) });
    return false;
  };

  const apply = () => {
    if (!fitsLimit()) return;
    startApply(async () => {
      setApplied(await applyImportAction(undefined, { zoneId, format, text }));
    });
  };

  return (
    <div className="space-y-6">
      <Card title="Source">
        {/* Outside the form: React resets a form after its action, and the input would say "No file chosen" again. */}
        <div className="mb-4 flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-medium text-slate-800">
            Upload a file
          </label>
          <input
            id="import-file"
            type="file"
            accept=".zone,.txt,.db,.json,text/plain,application/json"
            className="text-sm"
            aria-invalid={fileErrors ? true : undefined}
            aria-describedby={describedBy("import-file", undefined, fileErrors)}
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
          <FieldMessages id="import-file" errors={fileErrors} />
          {fileName && !fileErrors && (
            <p className="text-xs text-slate-600">Loaded {fileName} into the text below.</p>
          )}
        </div>
        <form
          action={(data: FormData) => {
            if (!fitsLimit()) return;
            setApplied(idleResult); // a new preview starts a new import
            previewAction(data);
          }}
          className="space-y-4"
          aria-label="Import source"
        >
          <input type="hidden" name="zoneId" value={zoneId} />
          <fieldset className="flex flex-wrap gap-4 text-sm">
            <legend className="mb-1 text-sm font-medium text-slate-800">Format</legend>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="format"
                value="bind"
                checked={format === "bind"}
                onChange={() => setFormat("bind")}
              />{" "}
              BIND zone file
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="format"
                value="json"
                checked={format === "json"}
                onChange={() => setFormat("json")}
              />{" "}
              JSON (ListResourceRecordSets)
            </label>
          </fieldset>
          <TextAreaField
            id="text"
            label="Or paste it"
            rows={12}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setApplied(idleResult);
              setTooLarge(undefined);
            }}
            placeholder={
              format === "bind"
                ? `$ORIGIN ${zoneName}\n$TTL 300\nwww  IN  A  192.0.2.10`
                : '{ "ResourceRecordSets": [ … ] }'
            }
            hint={
              format === "bind"
                ? "Relative names are completed with the zone name. SOA and the apex NS are skipped: Route 53 manages them."
                : undefined
            }
            errors={textErrors}
            spellCheck={false}
          />
          <FormMessage
            status={preview.status === "error" ? "error" : "idle"}
            message={preview.status === "error" ? preview.message : undefined}
          />
          <Button
            type="submit"
            variant={isPreviewCurrent ? "secondary" : "primary"}
            disabled={isPreviewing || isApplying}
          >
            {isPreviewing ? "Reading…" : "Preview import"}
          </Button>
        </form>
      </Card>

      {preview.status === "success" && (
        <section aria-label="Import preview" className="space-y-4">
          {/* After a partial outcome the preview no longer says what would happen: the notice below replaces it. */}
          {applied.status !== "partial" && <Preview preview={preview.data} />}
          <div className="flex flex-wrap items-center gap-3">
            {preview.data.creates.length > 0 &&
              applied.status !== "success" &&
              applied.status !== "partial" && (
                <Button onClick={apply} disabled={isApplying}>
                  {isApplying
                    ? `Creating ${countOf(preview.data.creates.length, "record set")}…`
                    : `Create ${countOf(preview.data.creates.length, "record set")}`}
                </Button>
              )}
            {applied.status === "success" && (
              <Link className="text-sm text-sky-800 underline" href={`/hosted-zones/${zoneId}`}>
                Back to {zoneName}
              </Link>
            )}
          </div>
          {applied.status === "partial" ? (
            // Some batches were applied: name each change id that exists now, not only in the sentence.
            <>
              <PartialOutcomeNotice details={applied.partial} message={applied.message} />
              <p className="text-sm text-slate-700">
                Press <span className="font-medium">Preview import</span> again to see what is left to create:
                the record sets created now show as conflicts, so a second import creates only the rest.{" "}
                <Link className="text-sky-800 underline" href={`/hosted-zones/${zoneId}`}>
                  Back to {zoneName}
                </Link>
              </p>
            </>
          ) : (
            <FormMessage
              status={applied.status}
              message={applied.status === "idle" ? undefined : applied.message}
            />
          )}
        </section>
      )}
    </div>
  );
}
