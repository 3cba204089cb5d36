"use client";

import Link from "next/link";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { CONTINENTS, COUNTRIES, US_STATES } from "@/lib/geo";
import { AWS_REGIONS } from "@/lib/routing";
import type { Draft, NewRecord } from "@/lib/simulator/draft";
import {
  addRecord,
  newRecordProblem,
  removeRecord,
  setBias,
  setUnhealthy,
  setWeight,
} from "@/lib/simulator/draft";
import type { RoutingPolicy } from "@/lib/simulator/records";
import { groupRecords, healthKeyOf, routingOf } from "@/lib/simulator/records";

const REGIONS = Object.values(AWS_REGIONS).filter((region) => region.kind === "region");
const COUNTRIES_BY_NAME = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name));

/** The what-if copy of the selected name's records: weights, bias, health, records added or removed. */
export function DraftEditor({
  draft,
  onChange,
  name,
  type,
  policy,
}: {
  draft: Draft;
  onChange: (draft: Draft) => void;
  name: string;
  type: string;
  policy: RoutingPolicy;
}) {
  const records = groupRecords(draft.recordSets, name, type);
  const hasWeight = policy === "weighted";
  const hasBias = policy === "geoproximity";
  const hasHealth = records.some((record) => healthKeyOf(record));

  return (
    <Card
      title="What-if draft"
      actions={<span className="text-xs text-slate-500">Local to this page; nothing is sent to AWS.</span>}
    >
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Draft records of {name} {type}
          </caption>
          <thead className="text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Record ID
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Answers
              </th>
              {hasWeight && (
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  Weight
                </th>
              )}
              {hasBias && (
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  Bias
                </th>
              )}
              {!hasWeight && !hasBias && (
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  Routing
                </th>
              )}
              {hasHealth && (
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  Failing
                </th>
              )}
              <th scope="col" className="py-1.5">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {records.map((record) => {
              const id = record.SetIdentifier ?? "";
              const healthKey = healthKeyOf(record);
              return (
                <tr key={id}>
                  <th scope="row" className="py-1.5 pr-3 font-mono text-xs font-medium">
                    {id}
                  </th>
                  <td className="max-w-48 truncate py-1.5 pr-3 font-mono text-xs text-slate-600">
                    {record.AliasTarget?.DNSName ??
                      record.ResourceRecords?.map((value) => value.Value).join(", ")}
                  </td>
                  {hasWeight && (
                    <td className="py-1.5 pr-3">
                      <input
                        type="number"
                        min={0}
                        max={255}
                        aria-label={`Weight of ${id}`}
                        value={record.Weight ?? 0}
                        onChange={(event) =>
                          onChange(setWeight(draft, name, type, id, event.target.valueAsNumber))
                        }
                        className="w-20 rounded-md border border-slate-300 px-2 py-1 text-sm tabular-nums"
                      />
                    </td>
                  )}
                  {hasBias && (
                    <td className="py-1.5 pr-3">
                      <input
                        type="number"
                        min={-99}
                        max={99}
                        aria-label={`Bias of ${id}`}
                        value={record.GeoProximityLocation?.Bias ?? 0}
                        onChange={(event) =>
                          onChange(setBias(draft, name, type, id, event.target.valueAsNumber))
                        }
                        className="w-20 rounded-md border border-slate-300 px-2 py-1 text-sm tabular-nums"
                      />
                    </td>
                  )}
                  {!hasWeight && !hasBias && (
                    <td className="py-1.5 pr-3 text-xs text-slate-600">{routingOf(record)}</td>
                  )}
                  {hasHealth && (
                    <td className="py-1.5 pr-3">
                      {healthKey ? (
                        <label className="inline-flex items-center gap-1.5 text-xs text-slate-700">
                          <input
                            type="checkbox"
                            checked={draft.unhealthy.includes(healthKey)}
                            onChange={(event) =>
                              onChange(setUnhealthy(draft, healthKey, event.target.checked))
                            }
                          />
                          Fail {id}
                        </label>
                      ) : (
                        <span className="text-xs text-slate-400" title="No health check: always healthy">
                          —
                        </span>
                      )}
                    </td>
                  )}
                  <td className="py-1.5 text-right">
                    <Button
                      variant="ghost"
                      className="px-2 py-1 text-xs"
                      aria-label={`Remove ${id} from the draft`}
                      onClick={() => onChange(removeRecord(draft, name, type, id))}
                    >
                      Remove
                    </Button>
                  </td>
                </tr>
              );
            })}
            {records.length === 0 && (
              <tr>
                <td colSpan={6} className="py-3 text-center text-sm text-slate-500">
                  The draft has no record left for this name: Route 53 would answer NXDOMAIN or no answer.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {policy !== "failover" && records.length > 0 && (
        <AddRecordForm draft={draft} onChange={onChange} name={name} type={type} policy={policy} />
      )}
    </Card>
  );
}

function AddRecordForm({
  draft,
  onChange,
  name,
  type,
  policy,
}: {
  draft: Draft;
  onChange: (draft: Draft) => void;
  name: string;
  type: string;
  policy: RoutingPolicy;
}) {
  const [problem, setProblem] = useState<string>();
  const [formKey, setFormKey] = useState(0);

  return (
    <details className="mt-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
      <summary className="cursor-pointer text-sm font-medium text-slate-800">
        Add a record to the draft
      </summary>
      <form
        key={formKey}
        className="mt-3 grid gap-3 sm:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const text = (key: string) => {
            const value = data.get(key);
            return typeof value === "string" ? value : "";
          };
          const input: NewRecord = {
            setIdentifier: text("setIdentifier"),
            value: text("value"),
            weight: data.has("weight") ? Number(text("weight")) : undefined,
            region: text("region") || undefined,
            bias: data.has("bias") ? Number(text("bias")) : undefined,
            location: text("location") || undefined,
          };
          const found = newRecordProblem(draft, name, type, input);
          setProblem(found);
          if (found) return;
          onChange(addRecord(draft, name, type, input));
          setFormKey((key) => key + 1);
        }}
      >
        <TextField id="sim-new-id" name="setIdentifier" label="Record ID" required maxLength={128} />
        <TextField
          id="sim-new-value"
          name="value"
          label={`Value (${type})`}
          required
          placeholder={type === "AAAA" ? "2001:db8::1" : "192.0.2.50"}
        />
        {policy === "weighted" && (
          <TextField
            id="sim-new-weight"
            name="weight"
            label="Weight"
            type="number"
            min={0}
            max={255}
            defaultValue={0}
          />
        )}
        {(policy === "latency" || policy === "geoproximity") && (
          <SelectField id="sim-new-region" name="region" label="AWS Region" defaultValue="">
            <option value="">Choose a Region…</option>
            {REGIONS.map((region) => (
              <option key={region.code} value={region.code}>
                {region.code} — {region.name}
              </option>
            ))}
          </SelectField>
        )}
        {policy === "geoproximity" && (
          <TextField
            id="sim-new-bias"
            name="bias"
            label="Bias (−99 to 99)"
            type="number"
            min={-99}
            max={99}
            defaultValue={0}
          />
        )}
        {policy === "geolocation" && (
          <SelectField id="sim-new-location" name="location" label="Location" defaultValue="*">
            <option value="*">Default (*)</option>
            <optgroup label="Continents">
              {CONTINENTS.map((continent) => (
                <option key={continent.code} value={`continent:${continent.code}`}>
                  {continent.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="US states">
              {US_STATES.map((state) => (
                <option key={state.code} value={`US-${state.code}`}>
                  {state.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Countries">
              {COUNTRIES_BY_NAME.map((country) => (
                <option key={country.alpha2} value={country.alpha2}>
                  {country.name}
                </option>
              ))}
            </optgroup>
          </SelectField>
        )}
        <div className="flex items-center gap-3 sm:col-span-2">
          <Button type="submit" variant="secondary">
            Add to draft
          </Button>
          <div aria-live="polite" className="text-sm">
            {problem && <p className="font-medium text-red-700">{problem}</p>}
          </div>
        </div>
      </form>
    </details>
  );
}

/** The "Draft — not applied" banner: what differs, where to carry it, and how to throw it away. */
export function DraftBanner({
  changes,
  links,
  onDiscard,
}: {
  changes: { text: string }[];
  links: { label: string; href: string }[];
  onDiscard: () => void;
}) {
  return (
    <section aria-label="Draft status" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="amber">Draft — not applied</Badge>
        <p className="text-sm text-amber-950">
          {changes.length} {changes.length === 1 ? "change" : "changes"} simulated below; AWS is unchanged
          until you apply them in an editor.
        </p>
        <Button variant="secondary" className="ml-auto" onClick={onDiscard}>
          Discard draft
        </Button>
      </div>
      <ul className="mt-2 list-disc pl-5 text-sm text-amber-950">
        {changes.map((change) => (
          <li key={change.text}>{change.text}</li>
        ))}
      </ul>
      {links.length > 0 && (
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="font-medium text-sky-800 underline">
              {link.label}
            </Link>
          ))}
        </div>
      )}
    </section>
  );
}
