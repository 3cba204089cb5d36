// canary.stepDelay.ms and canary.rollbackMs against the running, seeded emulator: the real controller loop
// (RolloutRunner on the SDK adapters) drives the seeded images-alb HTTPS listener, blue → green.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { SetAlarmStateCommand } from "@aws-sdk/client-cloudwatch";
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "@/lib/aws/clients";
import { readForwardWeights, writeForwardWeights } from "@/lib/aws/elbv2/forward-weights";
import { awsRolloutPorts } from "@/lib/rollouts/aws-ports";
import { RolloutRunner } from "@/lib/rollouts/runner";
import { SqliteRolloutStore } from "@/lib/rollouts/sqlite-store";
import type { Rollout, RolloutPlan, RolloutStep, Weights } from "@/lib/rollouts/types";
import { weightsEqual } from "@/lib/rollouts/weights";

import { median, progress, round, type BenchResult } from "./report";

const REGION = "us-east-1";
const ALARM = "images-alb-5xx";
const TICK_MS = 500;
const BAKE_SECONDS = 2;
const GOAL_STEP_MS = 2_000;

interface Seeded {
  loadBalancerArn: string;
  listenerArn: string;
  blue: string;
  green: string;
}

async function findSeeded(): Promise<Seeded> {
  const elbv2 = clients.elbv2(REGION);
  const lb = (await elbv2.send(new DescribeLoadBalancersCommand({ Names: ["images-alb"] })))
    .LoadBalancers?.[0];
  const listeners = await elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lb?.LoadBalancerArn }));
  const listener = listeners.Listeners?.find((candidate) => candidate.Port === 443);
  const groups = await elbv2.send(
    new DescribeTargetGroupsCommand({ Names: ["images-blue", "images-green"] }),
  );
  const arnOf = (name: string) =>
    groups.TargetGroups?.find((group) => group.TargetGroupName === name)?.TargetGroupArn;
  const seeded = {
    loadBalancerArn: lb?.LoadBalancerArn,
    listenerArn: listener?.ListenerArn,
    blue: arnOf("images-blue"),
    green: arnOf("images-green"),
  };
  if (!seeded.loadBalancerArn || !seeded.listenerArn || !seeded.blue || !seeded.green)
    throw new Error("The seeded images-alb HTTPS listener and its target groups were not found");
  return seeded as Seeded;
}

function plan(seeded: Seeded, baseline: Weights, steps: RolloutStep[]): RolloutPlan {
  const group = (arn: string) => ({
    region: REGION,
    targetGroupArn: arn,
    loadBalancerArn: seeded.loadBalancerArn,
  });
  return {
    target: { kind: "alb-listener", region: REGION, listenerArn: seeded.listenerArn },
    backends: [
      { id: seeded.blue, label: "images-blue", targetGroup: group(seeded.blue) },
      { id: seeded.green, label: "images-green", targetGroup: group(seeded.green) },
    ],
    stableBackendId: seeded.blue,
    canaryBackendId: seeded.green,
    baselineWeights: baseline,
    steps,
    gates: { alarms: [ALARM], alarmRegion: REGION, minHealthyTargets: 1 },
  };
}

async function waitFor<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined>,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

async function setAlarm(state: "OK" | "ALARM"): Promise<void> {
  await clients
    .cloudwatch(REGION)
    .send(new SetAlarmStateCommand({ AlarmName: ALARM, StateValue: state, StateReason: `bench: ${state}` }));
}

/** Puts the listener back to all-blue outside any rollout, and returns those weights. */
async function resetWeights(seeded: Seeded): Promise<Weights> {
  const ref = { region: REGION, listenerArn: seeded.listenerArn };
  const current = (await readForwardWeights(ref)).weights;
  const baseline = { [seeded.blue]: 100, [seeded.green]: 0 };
  if (!weightsEqual(current, baseline)) await writeForwardWeights(ref, current, baseline);
  return baseline;
}

/** Both canary measures; the runner ticks every 500 ms as in the e2e tests. */
export async function runCanaryBenchmarks(opts: { quick: boolean }): Promise<BenchResult[]> {
  const seeded = await findSeeded();
  const store = new SqliteRolloutStore(
    path.join(mkdtempSync(path.join(tmpdir(), "routeboard-canary-")), "rollouts.db"),
  );
  const runner = new RolloutRunner({
    store,
    ports: awsRolloutPorts(),
    holderId: "bench",
    tickMs: TICK_MS,
    log: (message) => progress(`controller: ${message}`),
  });
  runner.start();
  const until = async (id: string, what: string, timeoutMs: number, test: (rollout: Rollout) => boolean) =>
    waitFor(what, timeoutMs, async () => {
      const rollout = await store.get(id);
      return rollout && test(rollout) ? rollout : undefined;
    });

  try {
    await setAlarm("OK");

    // Step delay: a linear rollout with short bakes; each step's delay is recorded by the controller when it
    // reads the new weights back (due time → verified), and checked here against the listener itself.
    const percents = opts.quick ? [10, 50, 100] : [5, 10, 25, 50, 75, 100];
    progress(`Canary: ${percents.length}-step rollout, ${BAKE_SECONDS} s bakes, tick ${TICK_MS} ms`);
    const baseline = await resetWeights(seeded);
    const steps = percents.map((canaryPercent) => ({
      canaryPercent,
      bakeSeconds: BAKE_SECONDS,
      requiresApproval: false,
    }));
    const stepping = await store.create({
      plan: plan(seeded, baseline, steps),
      createdBy: "bench",
      reason: "canary.stepDelay",
    });
    runner.wake();
    await until(
      stepping.id,
      "the stepping rollout to succeed",
      60_000 + percents.length * BAKE_SECONDS * 3000,
      (rollout) => rollout.status === "succeeded",
    );
    const final = (await readForwardWeights({ region: REGION, listenerArn: seeded.listenerArn })).weights;
    if (!weightsEqual(final, { [seeded.blue]: 0, [seeded.green]: 100 }))
      throw new Error(`The listener ended at ${JSON.stringify(final)}`);
    const delays = (await store.events(stepping.id))
      .filter((event) => event.kind === "step-applied")
      .map((event) => Number(event.details?.delayMs ?? NaN));

    // Rollback: an alarm set to ALARM mid-bake → the baseline weights back on the listener (read with the SDK).
    const runs = opts.quick ? 2 : 5;
    const rollbackMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      progress(`Canary: rollback run ${run + 1}/${runs}`);
      const runBaseline = await resetWeights(seeded);
      const rollout = await store.create({
        plan: plan(seeded, runBaseline, [
          { canaryPercent: 20, bakeSeconds: 600, requiresApproval: false },
          { canaryPercent: 100, bakeSeconds: 600, requiresApproval: false },
        ]),
        createdBy: "bench",
        reason: "canary.rollbackMs",
      });
      runner.wake();
      await until(
        rollout.id,
        "the first step",
        30_000,
        (current) => current.stepIndex === 0 && current.pendingWrite === null,
      );

      const started = performance.now();
      await setAlarm("ALARM");
      await waitFor("the baseline weights on the listener", 30_000, async () => {
        const weights = (await readForwardWeights({ region: REGION, listenerArn: seeded.listenerArn }))
          .weights;
        return weightsEqual(weights, runBaseline) ? true : undefined;
      });
      rollbackMs.push(performance.now() - started);
      await until(
        rollout.id,
        "the rolled-back status",
        10_000,
        (current) => current.status === "rolled-back",
      );
      await setAlarm("OK");
    }

    const goalRollbackMs = TICK_MS + 2_000;
    return [
      {
        metric: "canary.stepDelay.ms",
        value: round(median(delays), 0),
        unit: "ms",
        detail: {
          goal_ms: GOAL_STEP_MS,
          steps: delays.length,
          delays_ms: delays,
          tick_ms: TICK_MS,
          bake_s: BAKE_SECONDS,
          target: "alb-listener (emulator)",
        },
      },
      {
        metric: "canary.rollbackMs",
        value: round(median(rollbackMs), 0),
        unit: "ms",
        detail: {
          goal_ms: goalRollbackMs,
          evaluation_interval_ms: TICK_MS,
          note: "alarms are evaluated every controller tick: the evaluation interval is the tick",
          runs: rollbackMs.length,
          values_ms: rollbackMs.map((value) => round(value, 0)),
        },
      },
    ];
  } finally {
    await runner.stop();
    await setAlarm("OK").catch(() => undefined);
    store.close();
  }
}
