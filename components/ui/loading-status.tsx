/**
 * A small "still loading" line for a part of the page that fetches its code or data on demand (an editor opened
 * for the first time): a spinner and the words, announced politely, taking about the height of a form's first row
 * so the card does not jump twice.
 */
export function LoadingStatus({ label }: { label: string }) {
  return (
    <p
      role="status"
      className="flex min-h-10 items-center gap-2 rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-600"
    >
      <span
        aria-hidden="true"
        className="size-4 shrink-0 rounded-full border-2 border-slate-300 border-t-sky-700 motion-safe:animate-spin"
      />
      {label}
    </p>
  );
}
