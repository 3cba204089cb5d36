// `npm run emulator`: runs the local AWS emulator in the foreground until Ctrl-C (or SIGTERM).
import { EmulatorError, emulatorEnv, startEmulator } from "./emulator";

async function main(): Promise<void> {
  const emulator = await startEmulator();

  process.stdout.write(`Emulator ready at ${emulator.endpoint}\n`);
  process.stdout.write("Point the app or the AWS CLI/SDK at it with:\n");
  for (const [key, value] of Object.entries(emulatorEnv(emulator.endpoint))) {
    process.stdout.write(`  export ${key}=${value}\n`);
  }
  process.stdout.write("Press Ctrl-C to stop.\n");

  let isStopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (isStopping) return;
    isStopping = true;
    process.stderr.write(`\nStopping the emulator (${signal})…\n`);
    void emulator.stop().then(() => process.exit(0));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  const status = await emulator.exited;
  if (!isStopping) {
    process.stderr.write(`The emulator exited unexpectedly (${status}).\n`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof EmulatorError ? error.message : String(error)}\n`);
  process.exit(1);
});
