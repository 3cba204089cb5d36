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

/**
 * Starts a long-running command with inherited output; the caller stops it with stopChild. It gets a process group
 * of its own so that stopping it also stops what it started (npx → next → next-server), not just the npx wrapper.
 */
export function startCommand(command: string, args: string[], options: CommandOptions = {}): ChildProcess {
  return spawn(command, args, {
    stdio: stdio(options),
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    detached: true,
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** Stops a started command and everything in its process group: SIGTERM, then SIGKILL after a grace period. */
export function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, "SIGTERM");
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      signalGroup(child, "SIGTERM");
      resolve();
    });
    signalGroup(child, "SIGTERM");
  });
}
