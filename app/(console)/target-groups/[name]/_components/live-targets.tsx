"use client";

import { useCallback, useEffect, useState } from "react";

import { TargetHealthTable } from "@/components/inventory/target-health-table";
import { healthSummary, targetKey } from "@/lib/target-groups/changes";
import type { TargetHealthEntry } from "@/lib/alb/domain";

import { DeregisterTargetsForm } from "./deregister-targets-form";
import { type InstanceOption, RegisterTargetsForm } from "./register-targets-form";

const POLL_MS = 5_000;

interface LiveTargetsProps {
  name: string;
  targetGroupArn: string;
  targetType: string;
  defaultPort?: number;
  initialTargets: TargetHealthEntry[];
  instances: InstanceOption[];
  instancesError?: string;
  /** Without "register-targets" the health is shown without the register/deregister forms. */
  canRegister: boolean;
}

/** Per-target health re-read every 5 s, with a polite live summary; the register/deregister forms see the same list. */
export function LiveTargets({
  name,
  targetGroupArn,
  targetType,
  defaultPort,
  initialTargets,
  instances,
  instancesError,
  canRegister,
}: LiveTargetsProps) {
  const [targets, setTargets] = useState(initialTargets);
  const [checkedAt, setCheckedAt] = useState<string>();
  const [pollError, setPollError] = useState<string>();
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let isCancelled = false;
    const poll = async () => {
      try {
        const response = await fetch(
          `/target-groups/${encodeURIComponent(name)}/health?arn=${encodeURIComponent(targetGroupArn)}`,
          { cache: "no-store" },
        );
        const body = (await response.json()) as {
          targets?: TargetHealthEntry[];
          checkedAt?: string;
          error?: { message: string };
        };
        if (isCancelled) return;
        if (!response.ok || !body.targets) {
          setPollError(body.error?.message ?? `The health read failed (HTTP ${response.status}).`);
          return;
        }
        setTargets(body.targets);
        setPollError(undefined);
        setCheckedAt(new Date(body.checkedAt ?? Date.now()).toLocaleTimeString());
      } catch {
        if (!isCancelled) setPollError("Could not reach the console server to refresh the target health.");
      }
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    if (tick > 0) void poll();
    return () => {
      isCancelled = true;
      clearInterval(timer);
    };
  }, [name, targetGroupArn, tick]);

  // Stable, so the forms' "on success" effects run once per result rather than on every render.
  const refreshNow = useCallback(() => setTick((value) => value + 1), []);
  const summary = healthSummary(targets);
  const registered = new Set(targets.map(targetKey));
  const loadedTargets = [...registered];

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p aria-live="polite" className="text-sm font-medium text-slate-800">
          {summary}
          <span className="ml-2 text-xs font-normal text-slate-500">
            {checkedAt ? `updated ${checkedAt}, every 5 s` : "refreshes every 5 s"}
          </span>
        </p>
        {pollError && (
          <p role="status" className="text-xs text-amber-900">
            {pollError} Showing the last known state.
          </p>
        )}
      </div>
      <TargetHealthTable targets={targets} caption={`Targets of ${name}`} />
      {canRegister && (
        <div className="grid gap-4 lg:grid-cols-2">
          <RegisterTargetsForm
            targetGroupArn={targetGroupArn}
            targetType={targetType}
            defaultPort={defaultPort}
            instances={instances.filter(
              (instance) => !registered.has(targetKey({ id: instance.id, port: defaultPort })),
            )}
            instancesError={instancesError}
            loadedTargets={loadedTargets}
            onDone={refreshNow}
          />
          <DeregisterTargetsForm
            targetGroupArn={targetGroupArn}
            targets={targets}
            loadedTargets={loadedTargets}
            onDone={refreshNow}
          />
        </div>
      )}
    </div>
  );
}
