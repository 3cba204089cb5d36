import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";

import { freePort } from "../lib/ports";
import { projectRoot } from "../lib/project-root";
import { startCommand, stopChild } from "../lib/run-command";
import { median, progress, round, type BenchResult } from "./report";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The console did not start at ${url}`);
}

/** A console the benchmarks measure: every context it opens is signed in, as every real visit of a page is. */
export interface ConsoleSession {
  baseUrl: string;
  /** A new browser context (own cookies, cold cache) signed in as the benchmark's administrator. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

const ADMIN_USERNAME = "admin";

async function signIn(
  browser: Browser,
  baseUrl: string,
  password: string,
): Promise<BrowserContextOptions["storageState"]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("Username").fill(ADMIN_USERNAME);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => url.pathname !== "/login", { timeout: 60_000 });
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/**
 * Opens `url` and fails if the console sent the page to sign-in instead: a measure of the sign-in page would look
 * like a plausible number for every route.
 */
export async function openSignedIn(
  page: Page,
  url: string,
  waitUntil: "load" | "networkidle" = "load",
): Promise<void> {
  await page.goto(url, { waitUntil });
  if (new URL(page.url()).pathname === "/login")
    throw new Error(`${url} redirected to sign-in: the session was lost`);
}

/**
 * Runs `fn` with a production console server (next start) on its own data directory, whose administrator password
 * the benchmark sets, and a headless Debian Chromium signed in to it.
 */
export async function withConsole<T>(fn: (session: ConsoleSession) => Promise<T>): Promise<T> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "routeboard-bench-"));
  const password = randomBytes(18).toString("base64url");
  const server = startCommand("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: projectRoot,
    stdoutToStderr: true,
    env: {
      ROUTEBOARD_DATA_DIR: dataDir,
      ROUTEBOARD_ADMIN_PASSWORD: password,
      ROUTEBOARD_ROLLOUT_CONTROLLER: "off",
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${baseUrl}/api/health`);
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
    try {
      const storageState = await signIn(browser, baseUrl, password);
      return await fn({ baseUrl, newContext: (options) => browser.newContext({ ...options, storageState }) });
    } finally {
      await browser.close();
    }
  } finally {
    await stopChild(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** web.firstLoadJs.maxKb: the script bytes (encodedBodySize) a cold load of each route downloads. */
export async function runFirstLoadJsBenchmark(
  session: ConsoleSession,
  routes: string[],
): Promise<BenchResult> {
  const perRoute: Record<string, number> = {};
  for (const route of routes) {
    const context = await session.newContext();
    const page = await context.newPage();
    await openSignedIn(page, `${session.baseUrl}${route}`, "networkidle");
    const bytes = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter(
          (entry) =>
            (entry as PerformanceResourceTiming).initiatorType === "script" || entry.name.endsWith(".js"),
        )
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
    );
    perRoute[route] = round(bytes / 1024, 1);
    await context.close();
  }
  const [worstRoute, worstKb] = Object.entries(perRoute).sort((a, b) => b[1] - a[1])[0] ?? ["-", 0];
  return {
    metric: "web.firstLoadJs.maxKb",
    value: worstKb,
    unit: "kB",
    detail: { worst_route: worstRoute, per_route_kb: perRoute },
  };
}

/** ui.records10k.filterMs and ui.records10k.domRows on a zone's records page. */
export async function runRecordsTableBenchmarks(
  session: ConsoleSession,
  zoneId: string,
  expected: number,
): Promise<BenchResult[]> {
  const context = await session.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await openSignedIn(page, `${session.baseUrl}/hosted-zones/${zoneId}`);
  // The records table's own status, once every page has arrived (the zone header shows Route 53's count at once).
  await page
    .getByRole("status")
    .filter({ hasText: new RegExp(`^${expected.toLocaleString("en-US")} record sets$`) })
    .waitFor({ timeout: 120_000 });
  const rows = page.locator('[role="table"][aria-label="Record sets"] [role="row"]');
  await rows.nth(1).waitFor();
  const domRows = await rows.count();

  const samples: number[] = [];
  const characters = ["1", "2", "3", "4", "5", "6", "7"];
  for (const character of characters) {
    const ms = await page.evaluate(async (typed) => {
      const input = document.querySelector<HTMLInputElement>("#record-filter");
      const status = document.querySelector('[role="status"][aria-live="polite"]');
      if (!input || !status) throw new Error("filter or status not found");
      const before = status.textContent;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.bind(input);
      const started = performance.now();
      const repainted = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (status.textContent === before) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - started));
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      setValue?.(typed);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const elapsed = await repainted;
      setValue?.call(input, "");
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 200));
      return elapsed;
    }, `r-${character}`);
    samples.push(ms);
  }
  await context.close();
  return [
    {
      metric: "ui.records10k.filterMs",
      value: round(median(samples), 1),
      unit: "ms",
      detail: { records: expected, samples_ms: samples.map((ms) => round(ms, 1)) },
    },
    {
      metric: "ui.records10k.domRows",
      value: domRows,
      unit: "rows",
      detail: { records: expected, note: "rows with role=row in the records table, header included" },
    },
  ];
}

export { progress };
