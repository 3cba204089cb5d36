"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { startTransition, useActionState, useMemo, useState, useSyncExternalStore } from "react";

import { RecordDiff } from "@/components/diff/record-diff";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { type ActionResult, idleResult } from "@/lib/action-result";
import type { ResourceRecordSet } from "@/lib/records-view/types";
import type { RecordSetDiff } from "@/lib/route53/diff";
import { RECORD_TYPES, type RecordType } from "@/lib/route53/values";
import type { RoutingPolicyName } from "@/lib/schemas/record";
import type { RecordChangeFormValues, RecordDeleteFormValues } from "@/lib/schemas/record-change";
import { type CarriedRecord, carriedNote } from "@/lib/simulator/carry-params";

import { ChangeStatus } from "./change-status";
import type { AliasTargetOption, HealthCheckOption, RecordChangeApplied, RecordChangePreview } from "./types";
import { type EditorState, errorsAt, initialEditorState, payloadFromState, unplacedErrors } from "./form-state";
import {
  GEOLOCATION_GROUPS,
  GEOPROXIMITY_REGION_OPTIONS,
  LATENCY_REGION_OPTIONS,
  LOCAL_ZONE_GROUPS,
  POLICY_OPTIONS,
  VALUE_EXAMPLES,
} from "./options";

// The map (d3-geo, topojson and the world atlas) loads only when someone places coordinates.
const CoordinateMap = dynamic(() => import("./coordinate-map"), {
  ssr: false,
  loading: () => <p className="text-xs text-slate-500">Loading the map…</p>,
});

const subscribeNothing = () => () => undefined;

type Action<T, P> = (previous: ActionResult<T> | undefined, payload: P) => Promise<ActionResult<T>>;

export interface RecordEditorProps {
  zone: { id: string; name: string };
  /** The record as loaded, when editing. */
  before?: ResourceRecordSet;
  loadBalancers: AliasTargetOption[];
  /** Names of the zone's records (alias targets inside the zone). */
  zoneRecordNames: string[];
  healthChecks: HealthCheckOption[];
  /** Reads that failed while loading the pickers; the editor still works, typed in full. */
  loadProblems: string[];
  previewAction: Action<RecordChangePreview, RecordChangeFormValues>;
  applyAction: Action<RecordChangeApplied, RecordChangeFormValues>;
  deleteAction?: Action<RecordChangeApplied, RecordDeleteFormValues>;
  /** Values carried from a simulator draft; they only pre-fill the fields (edit: weight or bias; create: any). */
  draft?: CarriedRecord;
}

const ALIAS_TYPES: RecordType[] = ["A", "AAAA", "CNAME", "MX", "TXT", "CAA", "NS", "SRV", "PTR", "SPF", "NAPTR", "DS"];

export function RecordEditor(props: RecordEditorProps) {
  const { zone, before, draft } = props;
  const [initial] = useState(() => initialEditorState(zone, before, draft));
  const [state, setState] = useState<EditorState>(initial.state);
  const draftNote = carriedNote(initial.carried);
  const [previewState, preview, isPreviewing] = useActionState(props.previewAction, idleResult);
  const [applyState, apply, isApplying] = useActionState(props.applyAction, idleResult);
  const [deleteState, remove, isDeleting] = useActionState(
    props.deleteAction ?? (() => Promise.resolve<ActionResult<RecordChangeApplied>>(idleResult)),
    idleResult,
  );
  const [last, setLast] = useState<"preview" | "apply" | "delete" | undefined>();
  const [previewedPayload, setPreviewedPayload] = useState<string | undefined>();
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  // Preview stays disabled until hydrated, so an early click can't submit the form natively (values in the URL).
  const isHydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);

  const payload = useMemo(() => payloadFromState(state, zone, before), [state, zone, before]);
  const payloadKey = JSON.stringify(payload);
  const isPending = isPreviewing || isApplying || isDeleting;

  const current = last === "apply" ? applyState : last === "delete" ? deleteState : last === "preview" ? previewState : idleResult;
  const fieldErrors = current.status === "error" ? current.fieldErrors : undefined;
  const at = (...paths: string[]) => errorsAt(fieldErrors, ...paths);
  const isPreviewFresh = previewState.status === "success" && previewedPayload === payloadKey && last !== "apply" && last !== "delete";
  const applied = last === "apply" && applyState.status === "success" ? applyState : last === "delete" && deleteState.status === "success" ? deleteState : undefined;
  const refusal = current.status === "error" && current.code === "ConcurrentChange" ? current : undefined;
  const concurrentDiffs = (refusal?.details?.changed as RecordSetDiff[] | undefined) ?? [];
  const partial = current.status === "error" && current.code === "PartiallyApplied" ? (current.details as { applied?: { changeId: string }[] } | undefined) : undefined;

  const set = <K extends keyof EditorState>(key: K, value: EditorState[K]) => setState((previous) => ({ ...previous, [key]: value }));

  function onPreview() {
    setLast("preview");
    setPreviewedPayload(payloadKey);
    startTransition(() => preview(payload));
  }
  function onApply() {
    setLast("apply");
    startTransition(() => apply(payload));
  }
  function onDelete() {
    if (!before) return;
    setLast("delete");
    setIsConfirmingDelete(false);
    startTransition(() => remove({ zoneId: zone.id, before: before as RecordDeleteFormValues["before"] }));
  }

  const policy = POLICY_OPTIONS.find((option) => option.value === state.policy);
  const isRouted = state.policy !== "simple";
  const zoneHref = `/hosted-zones/${encodeURIComponent(zone.id)}`;

  if (applied) {
    return (
      <Card title={last === "delete" ? "Record deleted" : "Change submitted"}>
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

  return (
    <form className="space-y-5" aria-label={before ? "Edit record" : "Create record"} noValidate onSubmit={(event) => event.preventDefault()}>
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
          <SelectField id="record-type" label="Record type" value={state.type} onChange={(event) => set("type", event.target.value as RecordType)} errors={at("type")}>
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
        <Card title={`${policy?.label ?? ""} routing`}>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField
              id="set-identifier"
              label="Record ID"
              hint="Tells this record apart from the others with the same name and type (set identifier)."
              value={state.setIdentifier}
              onChange={(event) => set("setIdentifier", event.target.value)}
              errors={at("routing.setIdentifier")}
              autoComplete="off"
            />
            {state.policy === "weighted" && (
              <TextField
                id="weight"
                label="Weight"
                inputMode="numeric"
                hint="0–255; this record's share is its weight divided by the sum of the group's weights."
                value={state.weight}
                onChange={(event) => set("weight", event.target.value)}
                errors={at("routing.weight")}
              />
            )}
            {state.policy === "failover" && (
              <SelectField
                id="failover"
                label="Failover role"
                value={state.failover}
                onChange={(event) => set("failover", event.target.value as EditorState["failover"])}
                errors={at("routing.failover")}
              >
                <option value="PRIMARY">Primary</option>
                <option value="SECONDARY">Secondary</option>
              </SelectField>
            )}
            {state.policy === "geolocation" && (
              <SelectField
                id="geolocation"
                label="Location"
                value={state.geoLocation}
                onChange={(event) => set("geoLocation", event.target.value)}
                hint="The most specific match wins: US state, then country, then continent, then the default."
                errors={at("routing.continentCode", "routing.countryCode", "routing.subdivisionCode")}
              >
                <option value="">Choose a location…</option>
                {GEOLOCATION_GROUPS.map((group) => (
                  <optgroup key={group.label} label={group.label}>
                    {group.options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </SelectField>
            )}
            {state.policy === "latency" && (
              <SelectField
                id="latency-region"
                label="Latency Region"
                value={state.region}
                onChange={(event) => set("region", event.target.value)}
                hint="The AWS Region of the resource this record points to."
                errors={at("routing.region")}
              >
                <option value="">Choose a Region…</option>
                {LATENCY_REGION_OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </SelectField>
            )}
          </div>

          {state.policy === "geoproximity" && (
            <GeoproximityFields state={state} set={set} errorsAt={at} />
          )}

          <div className="mt-4 grid gap-4 md:grid-cols-2">
            <SelectField
              id="health-check"
              label="Health check"
              value={state.healthCheckId}
              onChange={(event) => set("healthCheckId", event.target.value)}
              hint={state.policy === "failover" ? "Failover needs a health check on the primary to notice it is down." : "Route 53 skips this record while the health check fails."}
              errors={at("healthCheckId")}
            >
              <option value="">No health check</option>
              {props.healthChecks.map((check) => (
                <option key={check.id} value={check.id}>
                  {check.label}
                </option>
              ))}
              {state.healthCheckId && !props.healthChecks.some((check) => check.id === state.healthCheckId) && (
                <option value={state.healthCheckId}>{state.healthCheckId} (not in the list)</option>
              )}
            </SelectField>
          </div>
        </Card>
      )}

      <Card title="Answer">
        <div className="space-y-4">
          {state.policy !== "multivalue" && ALIAS_TYPES.includes(state.type) && (
            <label className="flex items-center gap-2 text-sm font-medium">
              <input type="checkbox" checked={state.isAlias} onChange={(event) => set("isAlias", event.target.checked)} />
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
                hint={isRouted && state.healthCheckId ? "60 s or less lets a health check take effect quickly." : undefined}
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
        <FormMessage status={current.status === "success" ? "success" : current.status} message={current.status === "error" ? current.message : undefined} />
        {unplacedErrors(fieldErrors).length > 0 && (
          <ul className="list-disc pl-5 text-sm text-red-700">
            {unplacedErrors(fieldErrors).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
        {partial?.applied && partial.applied.length > 0 && (
          <p className="text-sm text-amber-900">Already applied: {partial.applied.map((batch) => batch.changeId).join(", ")}</p>
        )}
      </div>

      {refusal && (
        <section aria-label="Changed since you loaded it" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <RecordDiff diffs={concurrentDiffs} labels={{ before: "When you loaded it", after: "Now in Route 53" }} title="What changed since you loaded it" />
          <Button variant="secondary" onClick={() => window.location.reload()}>
            Reload
          </Button>
        </section>
      )}

      {isPreviewFresh && previewState.status === "success" && (
        <Card title="Preview">
          <div className="space-y-3">
            <RecordDiff diffs={previewState.data.diff} labels={{ before: "Now", after: "After apply" }} />
            <p className="text-sm text-slate-700">
              {previewState.data.batchCount} change batch{previewState.data.batchCount === 1 ? "" : "es"}, {previewState.data.awsCalls} AWS call
              {previewState.data.awsCalls === 1 ? "" : "s"} (a re-read to catch concurrent edits, then the change).
            </p>
            <ol className="list-decimal pl-5 font-mono text-xs text-slate-700">
              {previewState.data.batchSummaries.flat().map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          </div>
        </Card>
      )}

      <div className="flex flex-wrap items-center gap-2">
        <Button variant={isPreviewFresh ? "secondary" : "primary"} onClick={onPreview} disabled={isPending || !isHydrated}>
          {isPreviewing ? "Checking…" : "Preview"}
        </Button>
        {isPreviewFresh && (
          <Button variant="primary" onClick={onApply} disabled={isPending}>
            {isApplying ? "Applying…" : "Apply"}
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
                {isDeleting ? "Deleting…" : "Delete record"}
              </Button>
            )}
          </span>
        )}
      </div>
    </form>
  );
}

type SetField = <K extends keyof EditorState>(key: K, value: EditorState[K]) => void;
type ErrorsAt = (...paths: string[]) => string[] | undefined;

function GeoproximityFields({ state, set, errorsAt: at }: { state: EditorState; set: SetField; errorsAt: ErrorsAt }) {
  const locationErrors = at("routing.awsRegion", "routing.localZoneGroup");
  return (
    <div className="mt-4 space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Resource location</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(
            [
              ["region", "AWS Region"],
              ["localZone", "Local Zone group"],
              ["coordinates", "Coordinates"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-1.5">
              <input type="radio" name="proximity-kind" value={value} checked={state.proximityKind === value} onChange={() => set("proximityKind", value)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 md:grid-cols-3">
        {state.proximityKind === "region" && (
          <SelectField id="proximity-region" label="AWS Region" value={state.awsRegion} onChange={(event) => set("awsRegion", event.target.value)} errors={locationErrors}>
            <option value="">Choose a Region…</option>
            {GEOPROXIMITY_REGION_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        )}
        {state.proximityKind === "localZone" && (
          <>
            <TextField
              id="local-zone-group"
              label="Local Zone group"
              list="local-zone-groups"
              hint="For example us-west-2-den-1."
              value={state.localZoneGroup}
              onChange={(event) => set("localZoneGroup", event.target.value)}
              errors={locationErrors}
              autoComplete="off"
            />
            <datalist id="local-zone-groups">
              {LOCAL_ZONE_GROUPS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </datalist>
          </>
        )}
        {state.proximityKind === "coordinates" && (
          <>
            <TextField
              id="latitude"
              label="Latitude"
              inputMode="decimal"
              hint="−90 to 90, two decimals."
              value={state.latitude}
              onChange={(event) => set("latitude", event.target.value)}
              errors={at("routing.coordinates.latitude") ?? (state.latitude === "" ? locationErrors : undefined)}
            />
            <TextField
              id="longitude"
              label="Longitude"
              inputMode="decimal"
              hint="−180 to 180, two decimals."
              value={state.longitude}
              onChange={(event) => set("longitude", event.target.value)}
              errors={at("routing.coordinates.longitude", "routing.coordinates")}
            />
          </>
        )}
        <TextField
          id="bias"
          label="Bias"
          inputMode="numeric"
          hint="−99 to 99. Positive grows the area routed here: biased distance = distance × (1 − bias/100)."
          value={state.bias}
          onChange={(event) => set("bias", event.target.value)}
          errors={at("routing.bias")}
        />
      </div>
      {state.proximityKind === "coordinates" && (
        <CoordinateMap
          latitude={state.latitude}
          longitude={state.longitude}
          onPick={(latitude, longitude) => {
            set("latitude", latitude);
            set("longitude", longitude);
          }}
        />
      )}
    </div>
  );
}

function AliasFields({
  zone,
  loadBalancers,
  zoneRecordNames,
  state,
  set,
  errorsAt: at,
}: RecordEditorProps & { state: EditorState; set: SetField; errorsAt: ErrorsAt }) {
  const evaluateErrors = at("alias.evaluateTargetHealth");
  const aliasErrors = at("alias")?.filter((message) => !evaluateErrors?.includes(message));
  const selected = state.aliasKind === "alb" ? loadBalancers.find((lb) => lb.dnsName === state.aliasDnsName) : undefined;
  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Alias target</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              name="alias-kind"
              checked={state.aliasKind === "alb"}
              onChange={() => {
                set("aliasKind", "alb");
                set("aliasDnsName", "");
                set("aliasHostedZoneId", "");
              }}
            />
            Application Load Balancer
          </label>
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              name="alias-kind"
              checked={state.aliasKind === "record"}
              onChange={() => {
                set("aliasKind", "record");
                set("aliasDnsName", "");
                set("aliasHostedZoneId", zone.id);
              }}
            />
            Another record in {zone.name}
          </label>
        </div>
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        {state.aliasKind === "alb" ? (
          <SelectField
            id="alias-load-balancer"
            label="Load balancer"
            value={state.aliasDnsName}
            onChange={(event) => {
              const lb = loadBalancers.find((candidate) => candidate.dnsName === event.target.value);
              set("aliasDnsName", lb?.dnsName ?? "");
              set("aliasHostedZoneId", lb?.hostedZoneId ?? "");
            }}
            hint={selected ? `Hosted zone ${selected.hostedZoneId} (the load balancer's canonical zone).` : "From every Region this console is configured for."}
            errors={aliasErrors}
          >
            <option value="">Choose a load balancer…</option>
            {loadBalancers.map((lb) => (
              <option key={lb.dnsName} value={lb.dnsName}>
                {lb.label}
              </option>
            ))}
            {state.aliasDnsName && !selected && <option value={state.aliasDnsName}>{state.aliasDnsName}</option>}
          </SelectField>
        ) : (
          <SelectField
            id="alias-record"
            label="Target record"
            value={state.aliasDnsName}
            onChange={(event) => {
              set("aliasDnsName", event.target.value);
              set("aliasHostedZoneId", zone.id);
            }}
            errors={aliasErrors}
          >
            <option value="">Choose a record…</option>
            {zoneRecordNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            {state.aliasDnsName && !zoneRecordNames.includes(state.aliasDnsName) && <option value={state.aliasDnsName}>{state.aliasDnsName}</option>}
          </SelectField>
        )}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={state.evaluateTargetHealth} onChange={(event) => set("evaluateTargetHealth", event.target.checked)} aria-invalid={evaluateErrors ? true : undefined} aria-describedby={evaluateErrors ? "evaluate-error" : undefined} />
        Evaluate target health
      </label>
      {evaluateErrors && (
        <p id="evaluate-error" className="text-xs font-medium text-red-700">
          {evaluateErrors.join(" ")}
        </p>
      )}
    </div>
  );
}
