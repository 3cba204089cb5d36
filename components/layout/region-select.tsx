"use client";

import { useTransition } from "react";

export function RegionSelect({
  regions,
  current,
  onChange,
}: {
  regions: string[];
  current: string;
  onChange: (region: string) => Promise<void>;
}) {
  const [isPending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="region-select" className="text-sm text-slate-600">
        Region
      </label>
      <select
        id="region-select"
        value={current}
        disabled={isPending}
        onChange={(event) => {
          const region = event.target.value;
          startTransition(() => onChange(region));
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {regions.map((region) => (
          <option key={region} value={region}>
            {region}
          </option>
        ))}
      </select>
    </div>
  );
}
