/** Shown when the input is refused before anything is sent (zod, or a check against AWS's current state). */
export const INVALID_INPUT_MESSAGE = "Some fields need attention: nothing was sent to AWS.";
