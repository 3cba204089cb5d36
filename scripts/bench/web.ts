import { chromium, type Browser } from "@playwright/test";

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

/** Runs `fn` with a production console server (next start) and a headless Debian Chromium. */
export async function withConsole<T>(fn: (baseUrl: string, browser: Browser) => Promise<T>): Promise<T> {
  const port = await freePort();
  const server = startCommand("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: projectRoot,
    stdoutToStderr: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${baseUrl}/api/health`);
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
    try {
      return await fn(baseUrl, browser);
    } finally {
      await browser.close();
    }
  } finally {
    await stopChild(server);
  }
}

/** web.firstLoadJs.maxKb: the script bytes (encodedBodySize) a cold load of each route downloads. */
export async function runFirstLoadJsBenchmark(
  baseUrl: string,
  browser: Browser,
  routes: string[],
): Promise<BenchResult> {
  const perRoute: Record<string, number> = {};
  for (const route of routes) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}${route}`, { waitUntil: "networkidle" });
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
  baseUrl: string,
  browser: Browser,
  zoneId: string,
  expected: number,
): Promise<BenchResult[]> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${baseUrl}/hosted-zones/${zoneId}`);
  await page
    .getByText(`${expected.toLocaleString("en-US")} record sets`, { exact: true })
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
  await page.close();
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
