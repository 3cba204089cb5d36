import type { PartialOutcomeDetails } from "@/lib/errors/partial-outcome";

/**
 * A change that was made in AWS while a later step failed (from a PartialOutcome): the message and, one per line,
 * what exists now with the id AWS gave it, so the operator does not make it a second time.
 */
export function PartialOutcomeNotice({
  details,
  message,
}: {
  details: PartialOutcomeDetails;
  message: string;
}) {
  return (
    <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
      <p className="text-sm font-semibold text-amber-950">
        Partly done — the change was made, a later step failed
      </p>
      <p className="text-sm text-amber-900">{message}</p>
      {details.created.length > 0 && (
        <div>
          <p className="text-sm font-medium text-amber-950">Exists now</p>
          <ul aria-label="Exists now" className="mt-1 list-disc pl-5 text-sm text-amber-900">
            {details.created.map((item) => (
              <li key={`${item.kind}:${item.id}`}>
                {item.kind} <span className="font-mono text-xs break-all">{item.id}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
