import type { ChangeRow } from "./changes";

/** A before/after table of the settings about to change. */
export function ChangePreview({ rows, caption }: { rows: ChangeRow[]; caption: string }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left text-sm font-semibold text-slate-800">{caption}</caption>
      <thead className="text-xs tracking-wide text-slate-500 uppercase">
        <tr>
          <th scope="col" className="py-1 pr-4">Setting</th>
          <th scope="col" className="py-1 pr-4">Before</th>
          <th scope="col" className="py-1">After</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="py-1.5 pr-4 font-normal text-slate-700">{row.label}</th>
            <td className="py-1.5 pr-4 font-mono text-xs text-red-800 line-through decoration-red-300">{row.before}</td>
            <td className="py-1.5 font-mono text-xs font-medium text-emerald-800">{row.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
