"use client";

import { type ReactNode, useActionState, useState } from "react";

import type { ActionResult } from "@/lib/action-result";
import { idleResult } from "@/lib/action-result";

import { Button } from "./button";
import { cx } from "./cx";

export interface ConfirmDeleteButtonProps<T> {
  action: (previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>;
  /** Hidden inputs that identify what to delete. */
  fields: Record<string, string>;
  /** Accessible name of the first button, e.g. "Delete example.com.". */
  label: string;
  /** Accessible name of the confirmation form. */
  confirmLabel: string;
  question: ReactNode;
  confirmText: string;
  align?: "start" | "end";
}

/** Delete in two steps (ask, then confirm); a refusal from the action is shown next to the button. */
export function ConfirmDeleteButton<T>({
  action,
  fields,
  label,
  confirmLabel,
  question,
  confirmText,
  align = "start",
}: ConfirmDeleteButtonProps<T>) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [result, formAction, isPending] = useActionState(action, idleResult);

  if (!isConfirming) {
    return (
      <div className={cx("flex flex-col gap-1", align === "end" ? "items-end" : "items-start")}>
        <Button
          variant="ghost"
          className="text-red-700"
          aria-label={label}
          disabled={isPending}
          onClick={() => setIsConfirming(true)}
        >
          {isPending ? "Deleting…" : "Delete"}
        </Button>
        {result.status === "error" && (
          <p role="alert" className="max-w-sm text-left text-xs font-medium text-red-700">
            {result.message}
          </p>
        )}
      </div>
    );
  }

  return (
    <form
      action={(formData) => {
        setIsConfirming(false);
        formAction(formData);
      }}
      className="flex flex-wrap items-center justify-end gap-2"
      aria-label={confirmLabel}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <span className="text-xs text-slate-700">{question}</span>
      <Button type="submit" variant="danger" disabled={isPending}>
        {isPending ? "Deleting…" : confirmText}
      </Button>
      <Button variant="secondary" onClick={() => setIsConfirming(false)}>
        Cancel
      </Button>
    </form>
  );
}
