import { z } from "zod";

// How form values (strings from FormData or from controlled inputs) become the values the schemas check.

/** An empty or blank string is "not given". */
export const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** A checkbox: true, "true" or "on" (what a form posts for a ticked box). */
export const toBoolean = (value: unknown) => value === true || value === "true" || value === "on";

/** A required whole number in [min, max], with the messages naming the field by `label`. */
export const requiredWholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter the ${label} as a whole number from ${min} to ${max}.` })
    .int({ error: `The ${label} must be a whole number from ${min} to ${max}.` })
    .min(min, { error: `The ${label} must be at least ${min}.` })
    .max(max, { error: `The ${label} can be at most ${max}.` });

/** A whole number in [min, max] where a blank field is "not given" (make it optional or give it a default). */
export const wholeNumber = (label: string, min: number, max: number) =>
  z.preprocess(blankToUndefined, requiredWholeNumber(label, min, max));
