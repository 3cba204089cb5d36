import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id a create form gets when it is rendered (a hidden field): a retried submit of the same form sends the same
 * id, so the idempotency token derived from it makes AWS answer with what the first try created instead of a copy.
 */
export const submissionIdSchema = z.object({
  submissionId: z
    .string()
    .regex(UUID, { error: "The form's submission id is malformed: reload the page and submit again." })
    .optional(),
});

/** A form schema plus the optional submission id. */
export function withSubmissionId<Schema extends z.ZodType>(schema: Schema) {
  return z.intersection(schema, submissionIdSchema);
}
