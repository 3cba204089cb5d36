"use client";

import { useState } from "react";

import { useAction } from "@/components/actions/use-action";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import type { OperatorCommand } from "@/lib/rollouts/commands";

import { rolloutCommandAction } from "../../actions";

const COMMANDS: Record<OperatorCommand, { label: string; confirm: string; variant: ButtonVariant }> = {
  approve: { label: "Approve next step", confirm: "Approve", variant: "primary" },
  resume: { label: "Resume", confirm: "Resume", variant: "primary" },
  pause: { label: "Pause", confirm: "Pause", variant: "secondary" },
  promote: { label: "Promote to next step", confirm: "Promote now", variant: "secondary" },
  "promote-full": { label: "Promote fully", confirm: "Go to 100 % now", variant: "secondary" },
  "adopt-drift": { label: "Adopt the new weights", confirm: "Adopt them", variant: "secondary" },
  "restore-planned": { label: "Restore the planned weights", confirm: "Restore them", variant: "secondary" },
  abort: { label: "Abort", confirm: "Abort and restore the old weights", variant: "danger" },
};

/** The operator's commands the rollout takes now; each asks for a reason and acts on the version shown. */
export function CommandBar({
  rolloutId,
  version,
  commands,
  onDone,
}: {
  rolloutId: string;
  version: number;
  commands: OperatorCommand[];
  onDone: () => void;
}) {
  const [chosen, setChosen] = useState<OperatorCommand | undefined>();
  const [reason, setReason] = useState("");
  const action = useAction(rolloutCommandAction, {
    onSuccess: () => {
      setChosen(undefined);
      setReason("");
      onDone();
    },
  });
  const reasonErrors = action.fieldErrors("reason");

  if (commands.length === 0 && action.result.status === "idle") return null;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2" role="group" aria-label="Rollout commands">
        {commands.map((command) => (
          <Button
            key={command}
            variant={COMMANDS[command].variant}
            aria-pressed={chosen === command}
            onClick={() => setChosen(chosen === command ? undefined : command)}
            disabled={action.isPending}
          >
            {COMMANDS[command].label}
          </Button>
        ))}
      </div>
      {chosen && (
        <form
          className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 bg-slate-50 p-3"
          onSubmit={(event) => {
            event.preventDefault();
            action.run({ id: rolloutId, command: chosen, reason, expectedVersion: version });
          }}
        >
          <TextField
            id="command-reason"
            label={`Why ${COMMANDS[chosen].label.toLowerCase()}?`}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            errors={reasonErrors}
            className="min-w-64 flex-1"
            autoFocus
          />
          <Button type="submit" variant={COMMANDS[chosen].variant} disabled={action.isPending}>
            {action.isPending ? "Sending…" : COMMANDS[chosen].confirm}
          </Button>
          <Button variant="ghost" onClick={() => setChosen(undefined)}>
            Cancel
          </Button>
        </form>
      )}
      <FormMessage
        status={action.result.status}
        message={action.result.status === "idle" ? undefined : action.result.message}
      />
    </div>
  );
}
