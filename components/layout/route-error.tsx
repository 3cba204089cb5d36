"use client";

import { Button } from "@/components/ui/button";

export interface RouteErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** The body of a route's error boundary: what happened, the server log reference, and a retry. */
export function RouteError({ title, error, reset }: RouteErrorProps & { title: string }) {
  return (
    <section role="alert" className="mx-auto max-w-2xl rounded-lg border border-red-200 bg-white p-8">
      <h1 className="text-xl font-semibold text-red-800">{title}</h1>
      <p className="mt-2 text-sm text-slate-700">
        {error.digest
          ? "An unexpected error happened on the server; it was logged with the reference below. Nothing was changed in AWS."
          : error.message}
      </p>
      {error.digest && <p className="mt-2 font-mono text-xs text-slate-500">Reference {error.digest}</p>}
      <Button className="mt-6" onClick={reset}>
        Try again
      </Button>
    </section>
  );
}
