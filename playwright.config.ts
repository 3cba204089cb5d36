import { defineConfig } from "@playwright/test";

// Started by `npm test` (scripts/test-all.ts), which starts and seeds the emulator and passes its endpoint.
const endpoint = process.env.AWS_ENDPOINT_URL;
if (!endpoint) throw new Error("Run the end-to-end tests with `npm test`: it starts the emulator they need.");

const appPort = process.env.E2E_PORT ?? "3100";
const downPort = process.env.E2E_DOWN_PORT ?? "3101";
const deadEndpoint = process.env.E2E_DEAD_ENDPOINT ?? "http://127.0.0.1:9";

/** Where e2e/auth.setup.ts leaves the signed-in admin's session, reused by every spec. */
export const ADMIN_STORAGE_STATE = "e2e/.auth/admin.json";

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  projects: [
    // Signs in once as admin (and creates the viewer); the specs start signed in through storageState.
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "chromium", dependencies: ["setup"], use: { storageState: ADMIN_STORAGE_STATE } },
  ],
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: `npx next start -p ${appPort} -H 127.0.0.1`,
      url: `http://127.0.0.1:${appPort}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      // Rollouts are driven by console processes the rollout e2e tests start and restart (e2e/support).
      env: { ...process.env, ROUTEBOARD_ROLLOUT_CONTROLLER: "off", NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      // The same console pointed at an endpoint where nothing listens: proves the "cannot reach AWS" page.
      command: `npx next start -p ${downPort} -H 127.0.0.1`,
      url: `http://127.0.0.1:${downPort}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        ...process.env,
        AWS_ENDPOINT_URL: deadEndpoint,
        ROUTEBOARD_ROLLOUT_CONTROLLER: "off",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
