import type { RolloutStore } from "@/lib/rollouts";
import { allowedCommands, type OperatorCommand } from "@/lib/rollouts/commands";
import type { Rollout, RolloutEvent, RolloutSample } from "@/lib/rollouts/types";

/** Chart points the live view keeps: at a 5 s tick, about 40 minutes of the newest. */
export const LIVE_SAMPLE_LIMIT = 500;

/** Everything the live view shows, read from the store alone (it works while AWS is unreachable). */
export interface LiveRollout {
  rollout: Rollout;
  events: RolloutEvent[];
  samples: RolloutSample[];
  commands: OperatorCommand[];
  /** The server's clock when read, so the countdown does not depend on the browser's clock being right. */
  readAt: string;
}

export async function liveRolloutOf(store: RolloutStore, id: string): Promise<LiveRollout | undefined> {
  const rollout = await store.get(id);
  if (!rollout) return undefined;
  const [events, samples] = await Promise.all([
    store.events(id),
    store.samples(id, { limit: LIVE_SAMPLE_LIMIT }),
  ]);
  return { rollout, events, samples, commands: allowedCommands(rollout), readAt: new Date().toISOString() };
}
