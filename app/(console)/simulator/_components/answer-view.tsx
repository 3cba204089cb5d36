import type { ResolveResult } from "@/lib/routing";
import { Badge } from "@/components/ui/badge";

/** One simulated answer: response code, values, the records it came from, and the decision step by step. */
export function AnswerView({
  heading,
  result,
  isDraft = false,
}: {
  heading: string;
  result: ResolveResult;
  isDraft?: boolean;
}) {
  const isEmpty = result.answers.length === 0;
  return (
    <section aria-label={heading} className="min-w-0 rounded-md border border-slate-200 bg-white">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-3 py-2">
        <h3 className="text-sm font-semibold text-slate-800">{heading}</h3>
        {isDraft && <Badge tone="amber">Draft — not applied</Badge>}
        <span className="ml-auto">
          <Badge tone={result.rcode === "NXDOMAIN" ? "red" : isEmpty ? "amber" : "green"}>
            {result.rcode}
            {result.rcode === "NOERROR" && isEmpty ? " · no answer" : ""}
          </Badge>
        </span>
      </header>
      <div className="space-y-3 px-3 py-2.5 text-sm">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="text-slate-500">Answer</dt>
          <dd className="min-w-0 font-mono text-xs break-all text-slate-900">
            {isEmpty ? "—" : result.answers.join(", ")}
          </dd>
          <dt className="text-slate-500">Records</dt>
          <dd className="min-w-0 font-mono text-xs break-all text-slate-900">
            {result.setIdentifiers.length ? result.setIdentifiers.join(" + ") : "—"}
          </dd>
        </dl>
        <div>
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Why</p>
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-slate-700 marker:text-slate-400">
            {result.explanation.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
