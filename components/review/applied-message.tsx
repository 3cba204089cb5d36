/** The short-lived success line after an apply, in a polite live region (empty until there is a message). */
export function AppliedMessage({ message }: { message?: string }) {
  return (
    <div aria-live="polite" className="text-sm">
      {message && (
        <p
          role="status"
          className="rounded-md bg-emerald-50 px-3 py-1.5 text-emerald-900 ring-1 ring-emerald-200 ring-inset"
        >
          {message}
        </p>
      )}
    </div>
  );
}
