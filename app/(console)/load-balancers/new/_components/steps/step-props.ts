import type { WizardContext } from "@/lib/alb/create-flow/wizard-types";
import type { WizardState } from "@/lib/alb/create-flow/wizard-state";

/** What every wizard step receives: the draft, a patcher, the field errors by dotted path and the region's choices. */
export interface StepProps {
  state: WizardState;
  update: (patch: Partial<WizardState>) => void;
  errors: Record<string, string[]>;
  context: WizardContext;
}
