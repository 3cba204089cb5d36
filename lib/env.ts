import path from "node:path";

import { z } from "zod";

const DEFAULT_REGIONS = ["us-east-1", "eu-west-1"];

const envSchema = z.object({
  AWS_ENDPOINT_URL: z.url().optional(),
  AWS_REGION: z.string().min(1).default("us-east-1"),
  ROUTEBOARD_REGIONS: z
    .string()
    .optional()
    .transform((value) =>
      value
        ? value
            .split(",")
            .map((region) => region.trim())
            .filter(Boolean)
        : DEFAULT_REGIONS,
    ),
  ROUTEBOARD_DATA_DIR: z.string().default(".data"),
  ROUTEBOARD_TARGET: z.enum(["emulator", "aws"]).optional(),
});

export type AppEnv = z.infer<typeof envSchema> & { isEmulator: boolean };

let cached: AppEnv | undefined;

/** The validated environment, read once per process. */
export function appEnv(): AppEnv {
  if (cached) return cached;

  const parsed = envSchema.safeParse({
    AWS_ENDPOINT_URL: process.env.AWS_ENDPOINT_URL || undefined,
    AWS_REGION: process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined,
    ROUTEBOARD_REGIONS: process.env.ROUTEBOARD_REGIONS,
    ROUTEBOARD_DATA_DIR: process.env.ROUTEBOARD_DATA_DIR || undefined,
    ROUTEBOARD_TARGET: process.env.ROUTEBOARD_TARGET || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }

  const isEmulator = parsed.data.ROUTEBOARD_TARGET
    ? parsed.data.ROUTEBOARD_TARGET === "emulator"
    : Boolean(parsed.data.AWS_ENDPOINT_URL);
  cached = { ...parsed.data, isEmulator };
  return cached;
}

/** Test hook: forget the cached environment so the next call re-reads process.env. */
export function resetAppEnvForTests(): void {
  cached = undefined;
}

/** The console's own SQLite file: users and sessions, the audit log, rollouts and acknowledgements share it. */
export function consoleDataFile(): string {
  return path.resolve(appEnv().ROUTEBOARD_DATA_DIR, "routeboard.db");
}
