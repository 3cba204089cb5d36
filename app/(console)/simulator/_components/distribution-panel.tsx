"use client";

import { useEffect, useState } from "react";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import type { ResolveInput } from "@/lib/routing";

import { DistributionChart } from "./distribution-chart";
import type { DistributionState } from "./use-distribution";
import { useDistribution } from "./use-distribution";

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const NUMBER = new Intl.NumberFormat("en-US");

type Input = Omit<ResolveInput, "random">;

/** Simulated query counts per answer, for the zone and the draft, computed in a Web Worker. */
export function DistributionPanel({
  before,
  after,
  colours,
}: {
  before: Input;
  /** The draft's input, when the draft differs from the zone. */
  after: Input | undefined;
  colours: Record<string, string>;
}) {
  const [n, setN] = useState(10_000);
  const [hasRun, setHasRun] = useState(false);
  const [beforeState, runBefore] = useDistribution();
  const [afterState, runAfter] = useDistribution();

  // Once the operator has asked for a distribution, keep it current as the query, health or draft changes.
  useEffect(() => {
    if (!hasRun) return;
    const timer = setTimeout(() => runBefore(before, n), 150);
    return () => clearTimeout(timer);
  }, [hasRun, before, n, runBefore]);

  useEffect(() => {
    if (!hasRun || !after) return;
    const timer = setTimeout(() => runAfter(after, n), 250);
    return () => clearTimeout(timer);
  }, [hasRun, after, n, runAfter]);

  return (
    <Card title="Distribution of answers">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          setHasRun(true);
          runBefore(before, n);
          if (after) runAfter(after, n);
        }}
      >
        <SelectField
          id="sim-queries"
          label="Simulated queries"
          value={n}
          onChange={(event) => setN(Number(event.target.value))}
        >
          {SIZES.map((size) => (
            <option key={size} value={size}>
              {NUMBER.format(size)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant={hasRun ? "secondary" : "primary"}>
          {hasRun ? "Run again" : "Run distribution"}
        </Button>
        <p className="basis-full text-xs text-slate-500">
          Runs in a background worker from the client location of the query tester; the page stays usable
          meanwhile.
        </p>
      </form>

      {hasRun && (
        <div className={after ? "mt-4 grid gap-6 lg:grid-cols-2" : "mt-4"}>
          <Result
            label={after ? "Before — current zone" : "Current zone"}
            state={beforeState}
            colours={colours}
          />
          {after && <Result label="After — draft, not applied" state={afterState} colours={colours} />}
        </div>
      )}
    </Card>
  );
}

function Result({
  label,
  state,
  colours,
}: {
  label: string;
  state: DistributionState;
  colours: Record<string, string>;
}) {
  return (
    <section aria-label={label} className="min-w-0">
      <div aria-live="polite">
        {state.status === "error" && <p className="text-sm font-medium text-red-700">{state.message}</p>}
        {state.status === "running" && (
          <p className="mb-1 text-xs text-slate-500" role="status">
            Simulating {NUMBER.format(state.n)} queries…
          </p>
        )}
      </div>
      {state.status === "done" && (
        <DistributionChart caption={label} result={state.result} colours={colours} />
      )}
      {state.status === "running" && !state.previous && (
        <p className="text-sm font-semibold text-slate-800">{label}</p>
      )}
      {state.status === "running" && state.previous && (
        <DistributionChart caption={label} result={state.previous} colours={colours} isStale />
      )}
    </section>
  );
}
