// `npm run demo`: start the local AWS emulator, seed it with the image service, build and serve the console
// on http://127.0.0.1:$PORT (3000; HOST=0.0.0.0 to listen on every interface). Ctrl-C stops everything this started.
// Sign in as `admin` with ROUTEBOARD_ADMIN_PASSWORD, or with the password the console prints on its first start.
import { emulatorEnv, EmulatorError, startEmulator } from "./emulator/emulator";
import { ensureProductionBuild } from "./lib/next-build";
import { isPortInUse, portFromEnv, UserFacingError } from "./lib/ports";
import { projectRoot } from "./lib/project-root";
import { startCommand, stopChild } from "./lib/run-command";
import { seed } from "./seed/index";

const log = (line: string) => process.stderr.write(`[demo] ${line}\n`);

async function main(): Promise<void> {
  const appPort = portFromEnv("PORT", 3000);
  const emulatorPort = portFromEnv("EMULATOR_PORT", 4566);
  if (await isPortInUse(appPort)) {
    throw new UserFacingError(
      `Port ${appPort} (the console) is already in use. Run with PORT=<free port> npm run demo, or stop the process using it.`,
    );
  }

  log(`Starting the local AWS emulator on 127.0.0.1:${emulatorPort}…`);
  const emulator = await startEmulator({ port: emulatorPort });
  const env = {
    ...emulatorEnv(emulator.endpoint),
    ROUTEBOARD_DATA_DIR: process.env.ROUTEBOARD_DATA_DIR ?? ".data",
  };
  Object.assign(process.env, env);

  const running: { server?: ReturnType<typeof startCommand> } = {};
  let isStopping = false;
  const stopAll = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    log("Stopping…");
    if (running.server) await stopChild(running.server);
    await emulator.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));
  void emulator.exited.then(() => {
    if (!isStopping) {
      log("The emulator exited unexpectedly.");
      void stopAll(1);
    }
  });

  try {
    log("Seeding the image service (idempotent)…");
    await seed({ log: (line) => log(`seed: ${line}`) });
    await ensureProductionBuild(projectRoot, log);
  } catch (error) {
    await emulator.stop();
    throw error;
  }

  const host = process.env.HOST || "127.0.0.1";
  running.server = startCommand("npx", ["next", "start", "-H", host, "-p", String(appPort)], {
    cwd: projectRoot,
    env,
  });
  running.server.once("exit", (code) => {
    if (!isStopping) void stopAll(code ?? 1);
  });
  log(
    `Routeboard: http://${host === "0.0.0.0" ? "localhost" : host}:${appPort}  (local emulator at ${emulator.endpoint}; Ctrl-C stops both)`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof UserFacingError || error instanceof EmulatorError) {
    process.stderr.write(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
});
