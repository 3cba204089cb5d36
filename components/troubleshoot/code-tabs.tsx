import Link from "next/link";

import { httpCodeInfo } from "@/lib/alb/troubleshoot/codes";

/** The codes as links (?code=N), the selected one marked as the current page. */
export function CodeTabs({
  codes,
  selected,
  basePath,
}: {
  codes: number[];
  selected: number;
  basePath: string;
}) {
  return (
    <nav aria-label="HTTP status codes" className="mb-6">
      <ul className="flex flex-wrap gap-1.5">
        {codes.map((code) => {
          const isSelected = code === selected;
          const info = httpCodeInfo(code);
          return (
            <li key={code}>
              <Link
                href={`${basePath}?code=${code}`}
                aria-current={isSelected ? "page" : undefined}
                title={info?.title}
                className={`inline-flex items-center rounded-md px-2.5 py-1 font-mono text-sm ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-sky-700 ${
                  isSelected
                    ? "bg-sky-700 text-white ring-sky-700"
                    : code >= 500
                      ? "bg-white text-red-800 ring-slate-300 hover:bg-red-50"
                      : "bg-white text-amber-900 ring-slate-300 hover:bg-amber-50"
                }`}
              >
                {code}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
