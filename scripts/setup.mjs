// Makes a fresh machine ready to run Routeboard: npm packages, the emulator's Python virtualenv and, with `--browser`
// (`npm test`, `npm run e2e`), Debian's Chromium for the end-to-end tests.
//
// Runs before any npm package exists, so it uses Node built-ins only. Every step is skipped when its inputs have not
// changed, so a second run takes a few milliseconds:
//   1. npm packages: `npm ci` when node_modules is missing or package-lock.json is newer than npm's own record of the
//      last install (node_modules/.package-lock.json) and its content changed since our last install.
//   2. .venv/: created with `python3 -m venv` (or $PYTHON) and filled from scripts/emulator/requirements.txt; a stamp
//      in .venv holds the hash of that file, so editing it reinstalls.
//   3. System packages, only when missing: Debian's `chromium` at /usr/bin/chromium (with --browser) and `python3-venv`
//      (when .venv must be created). Installed with apt-get when running as root on a machine with apt; otherwise setup
//      stops at once with the exact command to run. It never downloads a browser build (no `playwright install`).
// Progress goes to stderr, one line per step. On failure it says what to do and exits 1, without a stack trace.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const venvDir = path.join(root, ".venv");
const venvPython = path.join(venvDir, "bin", "python");
const venvPip = path.join(venvDir, "bin", "pip");
const requirements = path.join(root, "scripts", "emulator", "requirements.txt");
const venvStamp = path.join(venvDir, ".routeboard-requirements.sha256");
const lockFile = path.join(root, "package-lock.json");
const npmHiddenLock = path.join(root, "node_modules", ".package-lock.json");
const npmStamp = path.join(root, "node_modules", ".routeboard-package-lock.sha256");
const setupLock = path.join(root, ".venv", ".setup.lock");
const LOCK_STALE_MS = 20 * 60_000;
const CHROMIUM = "/usr/bin/chromium";
const wantsBrowser = process.argv.includes("--browser");

class SetupError extends Error {}

const log = (message) => process.stderr.write(`setup: ${message}\n`);

function sha256(file) {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

function readText(file) {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return undefined;
  }
}

function mtimeMs(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Runs a command; returns { ok, output } where output is its combined stdout+stderr (when captured). */
function run(command, args, { capture = false, env = process.env } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    // Child stdout goes to our stderr: setup's stdout stays clean for callers that parse it.
    stdio: capture ? ["ignore", "pipe", "pipe"] : ["ignore", 2, 2],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error)
    return { ok: false, missing: result.error.code === "ENOENT", output: String(result.error.message) };
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

function tail(text, lines = 15) {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

function canApt() {
  return process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
}

let aptUpdated = false;

/** Installs a Debian package when we are root with apt; otherwise stops with the command the user must run. */
function ensureDebianPackage(pkg, why) {
  const command = `sudo apt-get install -y ${pkg}`;
  if (!canApt()) {
    throw new SetupError(
      `${why} is missing. Install it with:\n\n    ${command}\n\nthen run the same npm command again.`,
    );
  }

  log(`installing Debian's ${pkg} (${why}) with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!aptUpdated) {
    const updated = run("apt-get", ["update", "-qq"], { capture: true, env });
    if (!updated.ok)
      throw new SetupError(
        `${tail(updated.output, 5)}\napt-get update failed. Run \`${command}\` yourself, then try again.`,
      );
    aptUpdated = true;
  }
  const installed = run("apt-get", ["install", "-y", "-qq", pkg], { capture: true, env });
  if (!installed.ok) {
    throw new SetupError(
      `${tail(installed.output, 5)}\napt-get could not install ${pkg}. Run \`${command}\` yourself, then try again.`,
    );
  }
}

/** The end-to-end tests drive Debian's Chromium; Playwright's own browser downloads are never used. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  ensureDebianPackage("chromium", `Chromium (${CHROMIUM}, which the end-to-end tests run in)`);
  if (!existsSync(CHROMIUM))
    throw new SetupError(`apt-get installed chromium but ${CHROMIUM} is still missing.`);
}

/** Debian splits venv/ensurepip out of python3: without python3-venv, `python3 -m venv` cannot create .venv. */
function ensurePythonVenv(python) {
  const probe = run(python, ["-c", "import venv, ensurepip"], { capture: true });
  if (probe.ok || probe.missing || python !== "python3") return;
  ensureDebianPackage("python3-venv", "Python's venv module (python3-venv, for the emulator's .venv)");
}

function npmNeedsInstall() {
  if (!existsSync(path.join(root, "node_modules"))) return true;
  if (!existsSync(lockFile)) return false;

  const installedAt = mtimeMs(npmHiddenLock);
  if (installedAt !== undefined && mtimeMs(lockFile) <= installedAt) return false;

  // The lock looks newer (a checkout touched it, or npm wrote it after its hidden lock): reinstall only if the
  // content differs from what we last installed, since `npm ci` wipes node_modules under anyone running from it.
  return readText(npmStamp) !== sha256(lockFile);
}

function venvNeedsInstall() {
  return !existsSync(venvPython) || readText(venvStamp) !== sha256(requirements);
}

function installNpm() {
  const hasLock = existsSync(lockFile);
  const args = hasLock ? ["ci", "--no-audit", "--no-fund"] : ["install", "--no-audit", "--no-fund"];
  log(`installing npm packages (npm ${args[0]})…`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = run(npm, args);
  if (!result.ok) {
    throw new SetupError(
      result.missing
        ? "npm was not found on PATH. Install Node.js 20 or later (with npm), then run `npm run setup` again."
        : `npm ${args[0]} failed (see its output above). Fix the cause, then run \`npm run setup\` again.`,
    );
  }
  if (hasLock) writeFileSync(npmStamp, `${sha256(lockFile)}\n`);
}

function installVenv() {
  const python = process.env.PYTHON || "python3";

  if (!existsSync(venvPython)) {
    ensurePythonVenv(python);
    log(`creating Python virtualenv .venv (${python} -m venv)…`);
    const created = run(python, ["-m", "venv", venvDir], { capture: true });
    if (!created.ok || !existsSync(venvPip)) {
      rmSync(path.join(venvDir, "bin"), { recursive: true, force: true });
      rmSync(path.join(venvDir, "lib"), { recursive: true, force: true });
      const why = created.missing ? `${python} was not found on PATH.` : tail(created.output, 5);
      throw new SetupError(
        `${why}\nPython 3.9+ with venv/pip is required: sudo apt-get install -y python3 python3-venv (or set PYTHON to a Python 3 interpreter), then run \`npm run setup\` again.`,
      );
    }
  }

  log("installing the emulator's Python packages into .venv (moto; the first time takes a minute)…");
  const installed = run(
    venvPip,
    ["install", "--disable-pip-version-check", "--no-input", "-q", "-r", requirements],
    {
      capture: true,
    },
  );
  if (!installed.ok) {
    throw new SetupError(
      `${tail(installed.output)}\npip could not install scripts/emulator/requirements.txt (output above). Check network access to PyPI, or delete .venv and run \`npm run setup\` again.`,
    );
  }
  writeFileSync(venvStamp, `${sha256(requirements)}\n`);
}

/** A mkdir lock so two setups started at once (e.g. two test runs) do not install over each other. */
async function withSetupLock(fn) {
  mkdirSync(venvDir, { recursive: true });
  let announced = false;
  for (;;) {
    try {
      mkdirSync(setupLock);
      writeFileSync(path.join(setupLock, "pid"), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      if (isStaleLock()) {
        rmSync(setupLock, { recursive: true, force: true });
        continue;
      }
      if (!announced) log("another setup is running; waiting for it…");
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return fn();
  } finally {
    rmSync(setupLock, { recursive: true, force: true });
  }
}

/** A lock is stale when its owner is gone (killed mid-install) or it is older than any install takes. */
function isStaleLock() {
  const age = Date.now() - (mtimeMs(setupLock) ?? Date.now());
  if (age > LOCK_STALE_MS) return true;

  const pid = Number(readText(path.join(setupLock, "pid")));
  if (!pid) return age > 5_000; // the owner has not written its pid yet
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error.code === "ESRCH";
  }
}

async function main() {
  const started = Date.now();
  // First, so a machine without the browser stops before minutes of installs rather than deep inside Playwright.
  if (wantsBrowser) ensureChromium();

  const needsNpm = npmNeedsInstall();
  const needsVenv = venvNeedsInstall();

  if (!needsNpm && !needsVenv) {
    log(`ready (npm packages and .venv up to date, ${Date.now() - started} ms)`);
    return;
  }

  await withSetupLock(() => {
    // Re-check under the lock: a setup we waited for may have done the work.
    if (npmNeedsInstall()) installNpm();
    else log("npm packages up to date");

    if (venvNeedsInstall()) installVenv();
    else log(".venv up to date");
  });
  log(`ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

try {
  await main();
} catch (error) {
  if (error instanceof SetupError) {
    process.stderr.write(`setup: failed: ${error.message}\n`);
  } else {
    process.stderr.write(`setup: failed unexpectedly: ${error?.message ?? error}\n`);
  }
  process.exitCode = 1;
}
