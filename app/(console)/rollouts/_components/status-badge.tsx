import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { RolloutStatus } from "@/lib/rollouts/types";

const LOOK: Record<RolloutStatus, { tone: BadgeTone; label: string }> = {
  planned: { tone: "gray", label: "Planned" },
  preparing: { tone: "blue", label: "Preparing" },
  running: { tone: "blue", label: "Running" },
  "awaiting-approval": { tone: "violet", label: "Awaiting approval" },
  paused: { tone: "amber", label: "Paused" },
  drifted: { tone: "amber", label: "Drift detected" },
  "rolling-back": { tone: "red", label: "Rolling back" },
  "rolled-back": { tone: "red", label: "Rolled back" },
  succeeded: { tone: "green", label: "Succeeded" },
  aborted: { tone: "gray", label: "Aborted" },
  failed: { tone: "red", label: "Failed" },
};

export function statusLabel(status: RolloutStatus): string {
  return LOOK[status].label;
}

export function RolloutStatusBadge({ status }: { status: RolloutStatus }) {
  return <Badge tone={LOOK[status].tone}>{LOOK[status].label}</Badge>;
}
