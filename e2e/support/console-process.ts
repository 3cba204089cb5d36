import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

// The rollout e2e tests drive rollouts with console processes they start and stop themselves (the shared e2e server
// runs with ROUTEBOARD_ROLLOUT_CONTROLLER=off), so that a restart mid-rollout is a real process restart.

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface ConsoleProcess {
  url: string;
  /** SIGTERM (the controller releases its leases) or SIGKILL (a crash: the lease runs out). */
  stop(signal?: "SIGTERM" | "SIGKILL"): Promise<void>;
}

/** Starts `next start` on the production build with the rollout controller on, sharing the e2e data directory. */
export async function startConsoleProcess(tickMs = 300): Promise<ConsoleProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      ROUTEBOARD_ROLLOUT_CONTROLLER: "on",
      ROUTEBOARD_ROLLOUT_TICK_MS: String(tickMs),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const isUp = await fetch(`${url}/api/health`).then(
      (response) => response.status < 500,
      () => false,
    );
    if (isUp) break;
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`The console process on ${url} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        try {
          if (child.pid) process.kill(-child.pid, signal);
        } catch {
          child.kill(signal);
        }
        setTimeout(() => {
          try {
            if (child.pid) process.kill(-child.pid, "SIGKILL");
          } catch {
            // already gone
          }
        }, 5_000).unref();
      }),
  };
}
