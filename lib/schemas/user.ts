import { z } from "zod";

import { ROLES } from "@/lib/auth/roles";

/** The one username rule: this schema and Better Auth's username plugin (lib/auth/auth.ts) both apply it. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

export const createUserSchema = z.object({
  username: z
    .string({ error: "Enter a username." })
    .trim()
    .regex(
      USERNAME_PATTERN,
      "Use 2–64 letters, digits, dots, dashes or underscores, starting with a letter or digit.",
    ),
  name: z.string().trim().max(100, "Keep the name under 100 characters.").optional(),
  role: z.enum(ROLES, { error: "Choose viewer, operator or admin." }),
  password: z
    .string({ error: "Enter a password." })
    .min(12, "Use at least 12 characters.")
    .max(256, "Keep the password under 256 characters."),
});

export type CreateUserInput = z.infer<typeof createUserSchema>;

/** A user's id as the users page sends it (Better Auth ids: letters, digits, - and _). */
const userIdField = z
  .string({ error: "No user was given." })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "That is not a user id.");

export const setUserRoleSchema = z.object({
  userId: userIdField,
  role: z.enum(ROLES, { error: "Choose viewer, operator or admin." }),
});

export const resetPasswordSchema = z.object({
  userId: userIdField,
  // Blank: the console generates one and shows it once.
  password: z.preprocess(
    (value) => (typeof value === "string" && value === "" ? undefined : value),
    z
      .string()
      .min(12, "Use at least 12 characters, or leave it blank to generate one.")
      .max(256, "Keep the password under 256 characters.")
      .optional(),
  ),
});

export const deleteUserSchema = z.object({ userId: userIdField });
