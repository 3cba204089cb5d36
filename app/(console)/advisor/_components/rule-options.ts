// Filled from the engine's rule catalogue (lib/advisor/rules) once advisor-engine is merged.
export const ADVISOR_RULE_OPTIONS: readonly { id: string; summary: string }[] = [];
