import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";

/** An expected failure to start or reach the emulator: callers print `message` without a stack trace. */
export class EmulatorError extends Error {
  override name = "EmulatorError";
}

export interface StartEmulatorOptions {
  port?: number;
  host?: string;
  /** How long to wait for the server to answer HTTP; the first start imports moto and can take a few seconds. */
  readyTimeoutMs?: number;
}

export interface RunningEmulator {
  endpoint: string;
  port: number;
  /** Kills the server (SIGTERM, then SIGKILL after 3 s) and resolves once it has exited. */
  stop: () => Promise<void>;
  /** Settles with the exit code (or signal) when the server exits, whether stopped or crashed. */
  exited: Promise<number | string>;
}

const DEFAULT_PORT = 4566;
const STDERR_LINES_KEPT = 40;
const root = path.resolve(import.meta.dirname, "..", "..");
const venvPython = path.join(root, ".venv", "bin", "python");
const launcher = path.join(root, "scripts", "emulator", "moto_server.py");

/** The environment the app and the AWS SDK need to talk to the emulator at `endpoint`. */
export function emulatorEnv(endpoint: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_REGION: "us-east-1",
    ROUTEBOARD_TARGET: "emulator",
  };
}

/** Starts moto (with Routeboard's Route 53 patches) on host:port and resolves once it answers HTTP. */
export async function startEmulator(opts: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const host = opts.host ?? "127.0.0.1";
  const port = opts.port ?? portFromEnv();
  const readyTimeoutMs = opts.readyTimeoutMs ?? 30_000;

  if (!existsSync(venvPython)) {
    throw new EmulatorError(
      "The emulator's Python environment (.venv) is missing. Run `npm run setup` first.",
    );
  }
  if (await isPortInUse(host, port)) {
    throw new EmulatorError(
      `Port ${port} is already in use. Set EMULATOR_PORT to a free port, or stop the process using it.`,
    );
  }

  const child = spawn(venvPython, [launcher, "--host", host, "--port", String(port)], {
    cwd: root,
    env: { ...process.env, PYTHONUNBUFFERED: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });

  const stderrLines: string[] = [];
  let partial = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    stderrLines.push(...lines);
    stderrLines.splice(0, Math.max(0, stderrLines.length - STDERR_LINES_KEPT));
  });
  const lastStderr = () => [...stderrLines, partial].filter(Boolean).slice(-15).join("\n");

  const exited = new Promise<number | string>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown"));
    child.once("error", (error) => resolve(error.message));
  });
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });

  const stop = async () => {
    if (hasExited) return;
    child.kill("SIGTERM");
    const killTimer = setTimeout(() => child.kill("SIGKILL"), 3_000);
    await exited;
    clearTimeout(killTimer);
  };

  const endpoint = `http://${host}:${port}`;
  const ready = await Promise.race([
    waitForHttp(endpoint, readyTimeoutMs).then((isUp) => (isUp ? "ready" : "timeout")),
    exited.then(() => "exited"),
  ]);

  if (ready !== "ready") {
    await stop();
    const why =
      ready === "exited"
        ? "The emulator exited during start-up."
        : `The emulator did not answer on ${endpoint} within ${(readyTimeoutMs / 1000).toFixed(1)} s.`;
    const details = lastStderr();
    throw new EmulatorError(details ? `${why} Its last output:\n${details}` : why);
  }

  return { endpoint, port, stop, exited };
}

function portFromEnv(): number {
  const raw = process.env.EMULATOR_PORT;
  if (!raw) return DEFAULT_PORT;

  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new EmulatorError(`EMULATOR_PORT must be a port number from 1 to 65535, not "${raw}".`);
  }
  return port;
}

/** True when host:port is taken; any other failure to bind it is an EmulatorError naming the cause. */
function isPortInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") resolve(true);
      else reject(new EmulatorError(`Cannot listen on ${host}:${port} (${error.code ?? error.message}).`));
    });
    server.once("listening", () => server.close(() => resolve(false)));
    server.listen({ host, port, exclusive: true });
  });
}

async function waitForHttp(endpoint: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await answersHttp(`${endpoint}/moto-api/data.json`)) return true;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return false;
}

function answersHttp(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2_000 }, (response) => {
      response.resume();
      resolve(true);
    });
    request.once("timeout", () => request.destroy());
    request.once("error", () => resolve(false));
  });
}
