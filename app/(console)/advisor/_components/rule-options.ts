import { ADVISOR_RULES } from "@/lib/advisor/rules";

/** The rule filter's choices: every rule the engine runs, by its one-line summary. */
export const ADVISOR_RULE_OPTIONS: readonly { id: string; summary: string }[] = ADVISOR_RULES.map((rule) => ({
  id: rule.id,
  summary: rule.summary,
})).toSorted((a, b) => a.summary.localeCompare(b.summary));
