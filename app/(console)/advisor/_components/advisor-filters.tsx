import Link from "next/link";

import { buttonClasses } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { type AdvisorFilters, SERVICE_WORDS, SERVICES } from "@/lib/advisor-view/findings-view";

/** Region, service and rule, as a GET form: the filters live in the URL and work without JavaScript. */
export function AdvisorFilterForm({
  regions,
  region,
  filters,
  rules,
}: {
  regions: readonly string[];
  region: string;
  filters: AdvisorFilters;
  rules: readonly { id: string; summary: string }[];
}) {
  return (
    <form
      method="get"
      action="/advisor"
      aria-label="Filter findings"
      className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <SelectField id="advisor-region" name="region" label="Region" defaultValue={region}>
        {regions.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </SelectField>
      <SelectField id="advisor-service" name="service" label="Service" defaultValue={filters.service ?? ""}>
        <option value="">All services</option>
        {SERVICES.map((service) => (
          <option key={service} value={service}>
            {SERVICE_WORDS[service]}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="advisor-rule"
        name="rule"
        label="Rule"
        defaultValue={filters.ruleId ?? ""}
        className="min-w-0 sm:max-w-md"
      >
        <option value="">All rules</option>
        {rules.map((rule) => (
          <option key={rule.id} value={rule.id}>
            {rule.summary}
          </option>
        ))}
      </SelectField>
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("secondary")}>
          Apply filters
        </button>
        {(filters.service || filters.ruleId) && (
          <Link href={`/advisor?region=${encodeURIComponent(region)}`} className={buttonClasses("ghost")}>
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
