import type { ReactNode } from "react";

/** A designed error panel for a read that failed; the page around it keeps working. */
export function ErrorState({
  title,
  message,
  code,
  action,
}: {
  title: string;
  message: string;
  code?: string;
  action?: ReactNode;
}) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-5 py-4">
      <p className="font-medium text-red-900">{title}</p>
      <p className="mt-1 text-sm text-red-800">{message}</p>
      {code && <p className="mt-2 font-mono text-xs text-red-700">{code}</p>}
      {action && <div className="mt-3">{action}</div>}
    </div>
  );
}
