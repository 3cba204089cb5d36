"use client";

import Link from "next/link";
import { useMemo, useState, useSyncExternalStore } from "react";

import { ConcurrentChangeNotice } from "@/components/review/concurrent-change-notice";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { ResourceRecordSet } from "@/lib/records-view/types";
import { concurrentChangeOf } from "@/lib/errors/concurrent-change";
import { RECORD_TYPES, type RecordType } from "@/lib/route53/values";
import type { RoutingPolicyName } from "@/lib/schemas/record";
import type { RecordDeleteFormValues } from "@/lib/schemas/record-change";
import { type CarriedRecord, carriedNote } from "@/lib/simulator/carry-params";

import { AliasFields } from "./alias-fields";
import { AppliedChange } from "./applied-change";
import {
  type EditorState,
  errorsAt,
  initialEditorState,
  payloadFromState,
  unplacedErrors,
} from "./form-state";
import { PreviewCard } from "./preview-card";
import { RoutingFields } from "./routing-fields";
import { POLICY_OPTIONS, VALUE_EXAMPLES } from "./options";
import type { AliasTargetOption, HealthCheckOption } from "./types";
import { type RecordChangeActions, useRecordChange } from "./use-record-change";

const subscribeNothing = () => () => undefined;

export interface RecordEditorProps extends RecordChangeActions {
  zone: { id: string; name: string };
  /** The record as loaded, when editing. */
  before?: ResourceRecordSet;
  loadBalancers: AliasTargetOption[];
  healthChecks: HealthCheckOption[];
  /** Reads that failed while loading the pickers; the editor still works, typed in full. */
  loadProblems: string[];
  /** Values carried from a simulator draft; they only pre-fill the fields (edit: weight or bias; create: any). */
  draft?: CarriedRecord;
}

const ALIAS_TYPES: RecordType[] = [
  "A",
  "AAAA",
  "CNAME",
  "MX",
  "TXT",
  "CAA",
  "NS",
  "SRV",
  "PTR",
  "SPF",
  "NAPTR",
  "DS",
];

export function RecordEditor(props: RecordEditorProps) {
  const { zone, before, draft } = props;
  const [initial] = useState(() => initialEditorState(zone, before, draft));
  const [state, setState] = useState<EditorState>(initial.state);
  const draftNote = carriedNote(initial.carried);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  // Preview stays disabled until hydrated, so an early click can't submit the form natively (values in the URL).
  const isHydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );

  const payload = useMemo(() => payloadFromState(state, zone, before), [state, zone, before]);
  const payloadKey = JSON.stringify(payload);
  const change = useRecordChange(props, payloadKey);
  const { current, preview, applied, isPending } = change;
  const fieldErrors = current.status === "error" ? current.fieldErrors : undefined;
  const at = (...paths: string[]) => errorsAt(fieldErrors, ...paths);
  const concurrent = concurrentChangeOf(current);
  const partial =
    current.status === "partial"
      ? (current.partial.facts as { applied?: { changeId: string }[] } | undefined)
      : undefined;

  const set = <K extends keyof EditorState>(key: K, value: EditorState[K]) =>
    setState((previous) => ({ ...previous, [key]: value }));

  function onDelete() {
    if (!before) return;
    setIsConfirmingDelete(false);
    change.remove({ zoneId: zone.id, before: before as RecordDeleteFormValues["before"] });
  }

  const policy = POLICY_OPTIONS.find((option) => option.value === state.policy);
  const isRouted = state.policy !== "simple";
  const zoneHref = `/hosted-zones/${encodeURIComponent(zone.id)}`;

  if (applied) {
    return <AppliedChange title={applied.title} applied={applied.result} zone={zone} />;
  }

  return (
    <form
      className="space-y-5"
      aria-label={before ? "Edit record" : "Create record"}
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      {draftNote && (
        <p role="note" className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {draftNote}
        </p>
      )}
      {props.loadProblems.length > 0 && (
        <ul className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {props.loadProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}

      <Card title="Record">
        <div className="grid gap-4 md:grid-cols-[2fr_1fr_1.5fr]">
          <TextField
            id="record-name"
            label="Record name"
            hint={`Relative to ${zone.name}; leave empty for the zone apex.`}
            value={state.name}
            onChange={(event) => set("name", event.target.value)}
            errors={at("name")}
            autoComplete="off"
            spellCheck={false}
          />
          <SelectField
            id="record-type"
            label="Record type"
            value={state.type}
            onChange={(event) => set("type", event.target.value as RecordType)}
            errors={at("type")}
          >
            {RECORD_TYPES.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </SelectField>
          <SelectField
            id="routing-policy"
            label="Routing policy"
            value={state.policy}
            onChange={(event) => set("policy", event.target.value as RoutingPolicyName)}
            hint={policy?.hint}
            errors={at("routing.policy")}
          >
            {POLICY_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        </div>
      </Card>

      {isRouted && (
        <RoutingFields
          policy={policy}
          state={state}
          set={set}
          errorsAt={at}
          healthChecks={props.healthChecks}
        />
      )}

      <Card title="Answer">
        <div className="space-y-4">
          {state.policy !== "multivalue" && ALIAS_TYPES.includes(state.type) && (
            <label className="flex items-center gap-2 text-sm font-medium">
              <input
                type="checkbox"
                checked={state.isAlias}
                onChange={(event) => set("isAlias", event.target.checked)}
              />
              Alias to a load balancer or another record
            </label>
          )}
          {state.isAlias && state.policy !== "multivalue" ? (
            <AliasFields {...props} state={state} set={set} errorsAt={at} />
          ) : (
            <div className="grid gap-4 md:grid-cols-[1fr_3fr]">
              <TextField
                id="ttl"
                label="TTL (seconds)"
                inputMode="numeric"
                value={state.ttl}
                onChange={(event) => set("ttl", event.target.value)}
                hint={
                  isRouted && state.healthCheckId
                    ? "60 s or less lets a health check take effect quickly."
                    : undefined
                }
                errors={at("ttl")}
              />
              <TextAreaField
                id="values"
                label="Values"
                rows={4}
                placeholder={VALUE_EXAMPLES[state.type]}
                hint={`One value per line, for example ${VALUE_EXAMPLES[state.type]}`}
                value={state.values}
                onChange={(event) => set("values", event.target.value)}
                errors={at("values")}
                spellCheck={false}
              />
            </div>
          )}
        </div>
      </Card>

      <div className="space-y-2">
        <FormMessage
          status={current.status === "success" ? "success" : current.status}
          message={
            (current.status === "error" && !concurrent) || current.status === "partial"
              ? current.message
              : undefined
          }
        />
        {unplacedErrors(fieldErrors).length > 0 && (
          <ul className="list-disc pl-5 text-sm text-red-700">
            {unplacedErrors(fieldErrors).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
        {partial?.applied && partial.applied.length > 0 && (
          <p className="text-sm text-amber-900">
            Already applied: {partial.applied.map((batch) => batch.changeId).join(", ")}
          </p>
        )}
      </div>

      {concurrent && current.status === "error" && (
        <section aria-label="Changed since you loaded it">
          <ConcurrentChangeNotice
            details={concurrent}
            message={current.message}
            action={
              <Button variant="secondary" onClick={() => window.location.reload()}>
                Reload
              </Button>
            }
          />
        </section>
      )}

      {preview && <PreviewCard preview={preview} />}

      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant={preview ? "secondary" : "primary"}
          onClick={() => change.requestPreview(payload)}
          disabled={isPending || !isHydrated}
        >
          {change.isPreviewing ? "Checking…" : "Preview"}
        </Button>
        {preview && (
          <Button variant="primary" onClick={change.apply} disabled={isPending}>
            {change.isApplying ? "Applying…" : "Apply"}
          </Button>
        )}
        <Link className="px-2 text-sm text-slate-700 underline" href={zoneHref}>
          Cancel
        </Link>
        {before && props.deleteAction && (
          <span className="ml-auto flex items-center gap-2">
            {isConfirmingDelete ? (
              <>
                <span className="text-sm text-red-800">Delete this record from Route 53?</span>
                <Button variant="danger" onClick={onDelete} disabled={isPending}>
                  Confirm delete
                </Button>
                <Button variant="ghost" onClick={() => setIsConfirmingDelete(false)}>
                  Keep it
                </Button>
              </>
            ) : (
              <Button variant="secondary" onClick={() => setIsConfirmingDelete(true)} disabled={isPending}>
                {change.isDeleting ? "Deleting…" : "Delete record"}
              </Button>
            )}
          </span>
        )}
      </div>
    </form>
  );
}
