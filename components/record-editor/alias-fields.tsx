"use client";

import { SelectField, TextField } from "@/components/ui/field";

import type { ErrorsAt, SetField } from "./field-props";
import type { EditorState } from "./form-state";
import type { RecordEditorProps } from "./record-editor";

/** The alias target: a load balancer from the pickers, or another record of this zone typed by name. */
export function AliasFields({
  zone,
  loadBalancers,
  state,
  set,
  errorsAt: at,
}: Pick<RecordEditorProps, "zone" | "loadBalancers"> & {
  state: EditorState;
  set: SetField;
  errorsAt: ErrorsAt;
}) {
  const evaluateErrors = at("alias.evaluateTargetHealth");
  const aliasErrors = at("alias")?.filter((message) => !evaluateErrors?.includes(message));
  const selected =
    state.aliasKind === "alb" ? loadBalancers.find((lb) => lb.dnsName === state.aliasDnsName) : undefined;
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
            hint={
              selected
                ? `Hosted zone ${selected.hostedZoneId} (the load balancer's canonical zone).`
                : "From every Region this console is configured for."
            }
            errors={aliasErrors}
          >
            <option value="">Choose a load balancer…</option>
            {loadBalancers.map((lb) => (
              <option key={lb.dnsName} value={lb.dnsName}>
                {lb.label}
              </option>
            ))}
            {state.aliasDnsName && !selected && (
              <option value={state.aliasDnsName}>{state.aliasDnsName}</option>
            )}
          </SelectField>
        ) : (
          <TextField
            id="alias-record"
            label="Target record"
            hint={`A record of the same type in ${zone.name}, for example www.${zone.name}`}
            value={state.aliasDnsName}
            onChange={(event) => {
              set("aliasDnsName", event.target.value);
              set("aliasHostedZoneId", zone.id);
            }}
            errors={aliasErrors}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={state.evaluateTargetHealth}
          onChange={(event) => set("evaluateTargetHealth", event.target.checked)}
          aria-invalid={evaluateErrors ? true : undefined}
          aria-describedby={evaluateErrors ? "evaluate-error" : undefined}
        />
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
