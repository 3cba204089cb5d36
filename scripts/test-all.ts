// `npm test`: format check, lint, type check, unit tests, then integration and end-to-end tests against a freshly started,
// freshly seeded emulator; stops what it started.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { emulatorEnv, EmulatorError, startEmulator } from "./emulator/emulator";
import { ensureProductionBuild } from "./lib/next-build";
import { freePort, UserFacingError } from "./lib/ports";
import { projectRoot } from "./lib/project-root";
import { runCommand } from "./lib/run-command";
import { seed } from "./seed/index";

const log = (line: string) => process.stderr.write(`\n[test] ${line}\n`);

async function step(
  name: string,
  command: string,
  args: string[],
  env?: Record<string, string>,
): Promise<void> {
  log(name);
  const started = Date.now();
  const code = await runCommand(command, args, { cwd: projectRoot, env });
  if (code !== 0) throw new UserFacingError(`${name} failed (exit ${code}).`);
  log(`${name}: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// `npm run e2e -- e2e/records.spec.ts` (a dev loop) skips the static checks and unit tests and passes its arguments
// on to Playwright; `npm test` runs everything.
const cliArgs = process.argv.slice(2);
const isE2eOnly = cliArgs.includes("--e2e-only");
const playwrightArgs = cliArgs.filter((arg) => arg !== "--e2e-only");

async function main(): Promise<void> {
  if (!isE2eOnly) {
    await step("Format check (prettier)", "npx", ["prettier", "--check", "."]);
    await step("Lint (eslint)", "npx", ["eslint", "--max-warnings=0", "."]);
    await step("Type check (tsc)", "npx", ["tsc", "--noEmit"]);
    await step("Unit tests (vitest)", "npx", ["vitest", "run"], { AWS_ENDPOINT_URL: "" });
  }

  const emulatorPort = process.env.EMULATOR_PORT ? Number(process.env.EMULATOR_PORT) : await freePort();
  // The emulator's opt-in fault switch (scripts/emulator/moto_server.py): a CREATE of a record with this first label
  // fails as if someone else had just created it; e2e/partial-outcomes.spec.ts uses it to reach a partial outcome.
  process.env.EMULATOR_REFUSE_CREATE_LABEL ??= "refused-by-emulator";
  log(`Starting a fresh emulator on 127.0.0.1:${emulatorPort}`);
  const emulator = await startEmulator({ port: emulatorPort });
  const dataDir = mkdtempSync(path.join(tmpdir(), "routeboard-test-"));
  // A known admin password for this run: e2e signs in with it once (e2e/auth.setup.ts) and reuses the session.
  const adminPassword = process.env.ROUTEBOARD_ADMIN_PASSWORD || randomBytes(18).toString("base64url");
  const env = {
    ...emulatorEnv(emulator.endpoint),
    ROUTEBOARD_DATA_DIR: dataDir,
    ROUTEBOARD_ADMIN_PASSWORD: adminPassword,
  };
  Object.assign(process.env, env);
  const stop = () => void emulator.stop().then(() => process.exit(130));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  try {
    log("Seeding the emulator");
    await seed({ log: () => undefined });
    if (!isE2eOnly) {
      await step(
        "Integration tests against the emulator (vitest)",
        "npx",
        ["vitest", "run", "integration"],
        env,
      );
    }
    await ensureProductionBuild(projectRoot, log);
    const appPort = String(await freePort());
    const downPort = String(await freePort());
    const deadEndpointPort = String(await freePort());
    await step(
      "End-to-end tests in Chromium (playwright)",
      "npx",
      ["playwright", "test", ...playwrightArgs],
      {
        ...env,
        E2E_PORT: appPort,
        E2E_DOWN_PORT: downPort,
        E2E_DEAD_ENDPOINT: `http://127.0.0.1:${deadEndpointPort}`,
      },
    );
  } finally {
    await emulator.stop();
  }
  log("All checks passed.");
}

main().catch((error: unknown) => {
  if (error instanceof UserFacingError || error instanceof EmulatorError) {
    process.stderr.write(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
});
