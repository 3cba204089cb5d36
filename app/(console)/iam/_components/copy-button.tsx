"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";

/** Copies `text` to the clipboard and says so; where the clipboard is not available it says to select the text. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <span className="flex items-center gap-2">
      <Button variant="secondary" onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="text-xs text-slate-600">
        {state === "copied"
          ? "Copied."
          : state === "failed"
            ? "Could not copy: select the text and copy it."
            : ""}
      </span>
    </span>
  );
}
