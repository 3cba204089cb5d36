"use client";

import Link from "next/link";

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
          ? "An unexpected error happened on the server; it was logged with the reference below."
          : error.message}
      </p>
      {/* The boundary cannot know whether a change reached AWS before the error, so it never claims either way. */}
      <p className="mt-2 text-sm text-slate-700">
        If you were making a change, it may or may not have reached AWS: check the{" "}
        <Link href="/audit" className="text-sky-800 underline">
          audit log
        </Link>{" "}
        and the resource before you try it again.
      </p>
      {error.digest && <p className="mt-2 font-mono text-xs text-slate-500">Reference {error.digest}</p>}
      <Button className="mt-6" onClick={reset}>
        Try again
      </Button>
    </section>
  );
}
