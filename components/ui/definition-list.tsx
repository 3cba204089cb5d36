import type { ReactNode } from "react";

export function DefinitionList({ items }: { items: { term: string; value: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1.5 text-sm">
      {items.map((item) => (
        <div key={item.term} className="contents">
          <dt className="text-slate-500">{item.term}</dt>
          <dd className="min-w-0 break-all text-slate-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
