import { analyzeCanary } from "./analysis";
import type { Observation } from "./observation";
import type { GateName, GateResult, Rollout, Weights } from "./types";

export interface GateFailure {
  gate: GateName;
  summary: string;
  values: Record<string, unknown>;
}

export interface GateEvaluation {
  results: GateResult[];
  /** A gate failing while the canary takes traffic: roll back now. */
  rollback: GateFailure | null;
  /** Why the next step may not be applied now (a gate unreadable, or weight onto a backend without healthy targets). */
  holds: GateFailure[];
  /** At a step's end: what the analysis's no-data policy asks for, if anything. */
  noData: { action: "pause" | "fail"; failure: GateFailure } | null;
}

/** The analysis verdict of the current step, if one ran (results of earlier steps are dropped on apply). */
function previousAnalysis(rollout: Rollout): GateResult | undefined {
  return rollout.lastGateResults.find((result) => result.gate === "analysis");
}

/**
 * Evaluates the gates against one observation. `current` are the weights AWS holds; `next` the weights the
 * next step would write (null when none is pending). Alarms: any in ALARM fails (INSUFFICIENT_DATA does not —
 * a quiet canary produces no datapoints); an alarm that cannot be read holds the rollout. Health: the canary
 * needs max(1, minHealthyTargets) healthy targets while it takes traffic, and no backend receives weight
 * without a healthy target. Analysis: a failed comparison fails; no data or too few requests fall to the
 * gate's no-data policy when the step ends.
 */
export function evaluateGates(
  rollout: Rollout,
  observation: Observation,
  now: number,
  current: Weights,
  next: Weights | null,
): GateEvaluation {
  const { plan } = rollout;
  const at = new Date(now).toISOString();
  const results: GateResult[] = [];
  const holds: GateFailure[] = [];
  let rollback: GateFailure | null = null;
  let noData: GateEvaluation["noData"] = null;
  const canaryTakesTraffic = (current[plan.canaryBackendId] ?? 0) > 0;

  if (plan.gates.alarms.length > 0) {
    const reading = observation.alarms;
    if (!reading) {
      holds.push({ gate: "alarms", summary: "Alarm states not read yet.", values: {} });
    } else if (!reading.ok) {
      results.push({
        gate: "alarms",
        status: "error",
        at,
        summary: reading.error.message,
        values: { code: reading.error.code },
      });
      holds.push({ gate: "alarms", summary: reading.error.message, values: { code: reading.error.code } });
    } else {
      const states = Object.fromEntries(
        reading.value.map((alarm) => [alarm.name, alarm.exists ? alarm.state : "MISSING"]),
      );
      const inAlarm = reading.value.filter((alarm) => alarm.exists && alarm.state === "ALARM");
      const missing = reading.value.filter((alarm) => !alarm.exists);
      if (inAlarm.length > 0) {
        const summary = `Alarm ${inAlarm.map((alarm) => alarm.name).join(", ")} in ALARM${inAlarm[0]?.reason ? `: ${inAlarm[0].reason}` : ""}`;
        const failure = { gate: "alarms" as const, summary, values: { states } };
        results.push({ ...failure, status: "failing", at });
        if (canaryTakesTraffic) rollback = failure;
        else holds.push(failure);
      } else if (missing.length > 0) {
        const summary = `Alarm ${missing.map((alarm) => alarm.name).join(", ")} not found`;
        results.push({ gate: "alarms", status: "error", at, summary, values: { states } });
        holds.push({ gate: "alarms", summary, values: { states } });
      } else {
        const isQuiet = reading.value.every((alarm) => alarm.state === "INSUFFICIENT_DATA");
        results.push({
          gate: "alarms",
          status: isQuiet ? "no-data" : "ok",
          at,
          summary: isQuiet ? "Alarms have insufficient data (not in ALARM)" : "All alarms OK",
          values: { states },
        });
      }
    }
  }

  const backendsWithGroups = plan.backends.filter((backend) => backend.targetGroup);
  if (backendsWithGroups.length > 0) {
    const reading = observation.health;
    if (!reading) {
      if (next) holds.push({ gate: "target-health", summary: "Target health not read yet.", values: {} });
    } else if (!reading.ok) {
      results.push({
        gate: "target-health",
        status: "error",
        at,
        summary: reading.error.message,
        values: { code: reading.error.code },
      });
      holds.push({
        gate: "target-health",
        summary: reading.error.message,
        values: { code: reading.error.code },
      });
    } else {
      const healthy: Record<string, number> = {};
      for (const backend of backendsWithGroups)
        healthy[backend.id] = reading.value[backend.targetGroup?.targetGroupArn ?? ""]?.healthy ?? 0;
      const labelOf = (id: string) => plan.backends.find((backend) => backend.id === id)?.label ?? id;
      const required = (id: string) =>
        id === plan.canaryBackendId ? Math.max(1, plan.gates.minHealthyTargets) : 1;
      const canaryHealthy = healthy[plan.canaryBackendId];

      if (
        canaryTakesTraffic &&
        canaryHealthy !== undefined &&
        canaryHealthy < required(plan.canaryBackendId)
      ) {
        const failure = {
          gate: "target-health" as const,
          summary: `Canary ${labelOf(plan.canaryBackendId)} has ${canaryHealthy} healthy targets (needs ${required(plan.canaryBackendId)})`,
          values: { healthy, required: required(plan.canaryBackendId) },
        };
        results.push({ ...failure, status: "failing", at });
        rollback = rollback ?? failure;
      } else {
        const starved = next
          ? Object.keys(healthy).filter(
              (id) =>
                (next[id] ?? 0) > 0 &&
                (current[id] ?? 0) < (next[id] ?? 0) &&
                (healthy[id] ?? 0) < required(id),
            )
          : [];
        if (starved.length > 0) {
          const summary = `Not moving weight onto ${starved.map((id) => `${labelOf(id)} (${healthy[id]} healthy, needs ${required(id)})`).join(", ")}`;
          results.push({ gate: "target-health", status: "pending", at, summary, values: { healthy } });
          holds.push({ gate: "target-health", summary, values: { healthy } });
        } else {
          results.push({
            gate: "target-health",
            status: "ok",
            at,
            summary: "Enough healthy targets",
            values: { healthy },
          });
        }
      }
    }
  }

  const gate = plan.gates.analysis;
  if (gate) {
    const metrics = observation.metrics;
    let result = previousAnalysis(rollout);
    if (metrics && !metrics.ok) {
      result = {
        gate: "analysis",
        status: "error",
        at,
        summary: metrics.error.message,
        values: { code: metrics.error.code },
      };
    } else if (metrics?.ok) {
      const analysis = analyzeCanary(metrics.value, gate);
      const status =
        analysis.verdict === "pass" ? "ok" : analysis.verdict === "fail" ? "failing" : analysis.verdict;
      const values = {
        verdict: analysis.verdict,
        requests: analysis.requests,
        errorRate: analysis.errorRate,
        latency: analysis.latency,
        window: [metrics.value.windowStart, metrics.value.windowEnd],
      };
      result = { gate: "analysis", status, at, summary: analysis.reasons.join(" "), values };
      if (analysis.verdict === "fail" && canaryTakesTraffic)
        rollback = rollback ?? { gate: "analysis", summary: result.summary, values };
    }
    if (result) results.push(result);

    const isSplit = canaryTakesTraffic && (current[plan.stableBackendId] ?? 0) > 0;
    const isUndecided =
      !result || result.status === "no-data" || result.status === "inconclusive" || result.status === "error";
    if (isSplit && isUndecided && gate.noDataPolicy !== "pass") {
      const summary = result
        ? `Canary analysis ${result.status}: ${result.summary}`
        : "No canary analysis ran during this step.";
      noData = {
        action: gate.noDataPolicy,
        failure: { gate: "analysis", summary, values: result?.values ?? {} },
      };
    }
  }

  return { results, rollback, holds, noData };
}

/** Whether two sets of gate results say the same (ignoring when they were taken). */
export function sameGateResults(a: GateResult[], b: GateResult[]): boolean {
  const key = (results: GateResult[]) =>
    JSON.stringify(results.map((result) => [result.gate, result.status, result.summary]));
  return key(a) === key(b);
}
