/**
 * The create wizard's validation on the client, in its own module because it carries the zod schema: the wizard
 * imports it when the operator first moves on from a step, so the page's first load does without it.
 */
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { createAlbWizardSchema } from "@/lib/schemas/load-balancer";

import { checkAgainstRegion, type RegionSnapshot } from "./region-checks";
import { toWizardInput, type WizardState } from "./wizard-state";
import type { WizardContext } from "./wizard-types";

/** The region's choices as the snapshot the region checks read (alias zone only once one is chosen). */
function snapshotOf(state: WizardState, context: WizardContext): RegionSnapshot {
  const zone = context.hostedZones.find((candidate) => candidate.id === state.hostedZoneId);
  return {
    region: context.region,
    loadBalancerNames: context.loadBalancerNames,
    targetGroups: context.targetGroups,
    securityGroups: context.securityGroups,
    ...(zone ? { aliasZone: zone } : {}),
  };
}

/** Field errors of the whole wizard by dotted path, with the checks only the region's choices can answer. */
export function validateWizard(state: WizardState, context: WizardContext): Record<string, string[]> {
  const input = toWizardInput(state, context);
  const parsed = createAlbWizardSchema.safeParse(input);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  // Warnings (and so the time) matter only on the review, which the server computes.
  const region = checkAgainstRegion(input, snapshotOf(state, context), 0);
  for (const [key, messages] of Object.entries(region.fieldErrors)) (errors[key] ??= []).push(...messages);
  return errors;
}
