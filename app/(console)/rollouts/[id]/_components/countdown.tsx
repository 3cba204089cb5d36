"use client";

import { formatDuration } from "@/lib/rollouts/duration";
import type { Rollout } from "@/lib/rollouts/types";

import { useNow } from "./use-live-rollout";

/** What happens next and when, counted on the server's clock (offset by how far the browser's differs). */
export function Countdown({ rollout, clockOffsetMs }: { rollout: Rollout; clockOffsetMs: number }) {
  const browserNow = useNow();
  if (browserNow === null) return null;
  const now = browserNow - clockOffsetMs;
  const total = rollout.plan.steps.length;
  const nextIndex = rollout.stepIndex + 1;
  const dueIn = rollout.stepDueAt
    ? Math.max(0, Math.round((Date.parse(rollout.stepDueAt) - now) / 1000))
    : undefined;
  const when = dueIn === undefined ? "" : dueIn === 0 ? "now" : `in ${formatDuration(dueIn)}`;

  let text: string;
  switch (rollout.status) {
    case "planned":
      text = "Starting: the controller picks it up on its next tick.";
      break;
    case "preparing":
      text = rollout.ttlLoweredAt
        ? `TTL lowered; waiting out the old TTL, first step ${when}.`
        : "Lowering the records' TTL first.";
      break;
    case "running":
      text = rollout.pendingWrite
        ? `Writing step ${(rollout.pendingWrite.stepIndex ?? rollout.stepIndex) + 1} and reading it back…`
        : nextIndex < total
          ? `Step ${nextIndex + 1} of ${total} ${when}.`
          : `Last step baking; finishes ${when}.`;
      break;
    case "awaiting-approval":
      text = `Step ${nextIndex + 1} of ${total} waits for an approval.`;
      break;
    case "paused":
      text = `Paused${rollout.pause ? ` since ${new Date(rollout.pause.at).toLocaleTimeString()}` : ""}: the bake does not run while paused.`;
      break;
    case "drifted":
      text = "Paused on drift: choose to adopt or restore.";
      break;
    case "rolling-back":
      text = "Rolling back to the weights that stood before the rollout…";
      break;
    default:
      text = "";
  }
  if (!text) return null;
  return (
    <p className="text-sm text-slate-700" aria-live="polite">
      {text}
    </p>
  );
}
