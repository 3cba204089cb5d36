import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { setAuditStoreForTests } from "@/lib/audit";
import { actorFromUser, setActorForTests } from "@/lib/auth/actor";
import { SqliteAuditStore } from "@/lib/audit/sqlite-audit-store";
import { setRolloutStoreForTests } from "@/lib/rollouts";
import type { LoadedTarget } from "@/lib/rollouts/planner-target";
import { SqliteRolloutStore } from "@/lib/rollouts/sqlite-store";
import { BLUE_TG, GREEN_TG, LISTENER_ARN } from "@/lib/rollouts/test-fixtures";

import { rolloutCommandAction, startRolloutAction } from "./actions";

const loaded: LoadedTarget = {
  target: { kind: "alb-listener", region: "us-east-1", listenerArn: LISTENER_ARN },
  level: "alb",
  title: "images-alb HTTPS:443 (default action)",
  members: [
    {
      id: BLUE_TG,
      label: "images-blue",
      weight: 1,
      targetGroup: { region: "us-east-1", targetGroupArn: BLUE_TG },
    },
  ],
  candidates: [
    { id: GREEN_TG, label: "images-green", targetGroup: { region: "us-east-1", targetGroupArn: GREEN_TG } },
  ],
  alarmRegion: "us-east-1",
};

// What AWS holds is read by loadRolloutTarget; the test decides it.
const aws = vi.hoisted((): { loaded: unknown } => ({ loaded: undefined }));
vi.mock("./_lib/load-target", () => ({ loadRolloutTarget: () => Promise.resolve(aws.loaded) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let audit: SqliteAuditStore;
let rollouts: SqliteRolloutStore;

const operator = actorFromUser({
  id: "u1",
  email: "ana@example.com",
  name: "Ana",
  username: "ana",
  role: "operator",
});
const viewer = actorFromUser({
  id: "u2",
  email: "vic@example.com",
  name: "Vic",
  username: "vic",
  role: "viewer",
});

beforeEach(() => {
  setActorForTests(operator);
  aws.loaded = loaded;
  audit = new SqliteAuditStore(":memory:");
  rollouts = new SqliteRolloutStore(":memory:");
  setAuditStoreForTests(audit);
  setRolloutStoreForTests(rollouts);
});
afterEach(() => {
  setActorForTests(undefined);
  setAuditStoreForTests(undefined);
  setRolloutStoreForTests(undefined);
});

const input = {
  target: { kind: "alb-listener" as const, region: "us-east-1", listenerArn: LISTENER_ARN },
  stableId: BLUE_TG,
  canaryId: GREEN_TG,
  strategy: { kind: "canary" as const, canaryPercent: 10, bakeSeconds: 60, approval: "none" as const },
  gates: { alarms: ["images-alb-5xx"], minHealthyTargets: 1 },
  seenWeights: { [BLUE_TG]: 1, [GREEN_TG]: 0 },
  reason: "ship v2",
};

describe("startRolloutAction", () => {
  it("stores the plan built from a fresh read and audits the start with the rollout id", async () => {
    const result = await startRolloutAction(undefined, input);
    expect(result.status).toBe("success");
    const id = result.status === "success" ? result.data.id : "";
    const stored = await rollouts.get(id);
    expect(stored).toMatchObject({
      status: "planned",
      plan: { baselineWeights: { [BLUE_TG]: 1, [GREEN_TG]: 0 }, gates: { alarms: ["images-alb-5xx"] } },
    });
    expect(audit.list()[0]).toMatchObject({ action: "rollouts.start", outcome: "success", actor: "ana" });
    expect(audit.list()[0]?.summary).toContain(id);
  });

  it("refuses a viewer, stores nothing, and audits the denial", async () => {
    setActorForTests(viewer);
    const result = await startRolloutAction(undefined, input);
    expect(result.status).toBe("error");
    expect((await rollouts.list({ scope: "active", limit: 10 })).items).toHaveLength(0);
    expect(audit.list()[0]).toMatchObject({ action: "rollouts.start", outcome: "denied", actor: "vic" });
  });

  it("refuses when the weights changed since the operator planned, and stores nothing", async () => {
    aws.loaded = { ...loaded, members: [{ ...loaded.members[0]!, weight: 5 }] };
    const result = await startRolloutAction(undefined, input);
    expect(result).toMatchObject({
      status: "error",
      code: "conflict",
      details: { now: { [BLUE_TG]: 5, [GREEN_TG]: 0 } },
    });
    expect((await rollouts.list({ scope: "active", limit: 10 })).items).toHaveLength(0);
  });

  it("refuses a second rollout on the same target, naming the first", async () => {
    const first = await startRolloutAction(undefined, input);
    const second = await startRolloutAction(undefined, input);
    const firstId = first.status === "success" ? first.data.id : "";
    expect(second).toMatchObject({
      status: "error",
      code: "active-rollout-exists",
      details: { existingRolloutId: firstId },
    });
    expect(second.status === "error" && second.message).toContain(firstId);
  });

  it("says why a target cannot take a rollout instead of storing one", async () => {
    aws.loaded = {
      ...loaded,
      problem: "This listener or rule does not forward to target groups, so it has no weights to shift.",
    };
    const result = await startRolloutAction(undefined, input);
    expect(result).toMatchObject({ status: "error", code: "invalid-plan" });
  });
});

describe("rolloutCommandAction", () => {
  it("pauses with a reason, refuses a command on a version the operator did not see, and audits both", async () => {
    const started = await startRolloutAction(undefined, input);
    const id = started.status === "success" ? started.data.id : "";
    const paused = await rolloutCommandAction(undefined, {
      id,
      command: "pause",
      reason: "looking at a graph",
      expectedVersion: 1,
    });
    expect(paused).toMatchObject({ status: "success", data: { status: "paused", version: 2 } });

    const stale = await rolloutCommandAction(undefined, {
      id,
      command: "resume",
      reason: "ok",
      expectedVersion: 1,
    });
    expect(stale).toMatchObject({ status: "error", code: "conflict" });
    expect((await rollouts.get(id))?.status).toBe("paused");
    expect(audit.list().map((entry) => [entry.action, entry.outcome])).toContainEqual([
      "rollouts.command",
      "failure",
    ]);
  });

  it("asks for a reason at the field", async () => {
    const started = await startRolloutAction(undefined, input);
    const id = started.status === "success" ? started.data.id : "";
    const result = await rolloutCommandAction(undefined, { id, command: "abort", reason: "  " });
    expect(result).toMatchObject({ status: "error", fieldErrors: { reason: ["Say why."] } });
  });
});
