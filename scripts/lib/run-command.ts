import { spawn, type ChildProcess } from "node:child_process";

export interface CommandOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Send the command's stdout to our stderr, for callers whose stdout carries data (the benchmarks' JSON lines). */
  stdoutToStderr?: boolean;
}

function stdio(options: CommandOptions): ["inherit", "inherit" | 2, "inherit"] {
  return ["inherit", options.stdoutToStderr ? 2 : "inherit", "inherit"];
}

/** Runs a command with inherited output and resolves with its exit code. */
export function runCommand(command: string, args: string[], options: CommandOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: stdio(options),
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.once("error", () => resolve(127));
  });
}

/** Starts a long-running command with inherited output; the caller stops it. */
export function startCommand(command: string, args: string[], options: CommandOptions = {}): ChildProcess {
  return spawn(command, args, { stdio: stdio(options), cwd: options.cwd, env: { ...process.env, ...options.env } });
}

/** Stops a child: SIGTERM, then SIGKILL after a grace period. */
export function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
