import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { startConsoleProcess, type ConsoleProcess } from "./support/console-process";
import {
  blueListener,
  createRolloutInfra,
  createWeightedPair,
  deleteRecordGroup,
  deleteRolloutInfra,
  listenerWeights,
  recordWeights,
  type RolloutInfra,
  setAlarm,
  setListenerWeights,
  shareOf,
} from "./support/rollout-infra";
import { ConsolePage } from "./pages/console-page";
import { LiveRolloutPage, RolloutPlannerPage } from "./pages/rollout-pages";

/** Screenshots at a phone, a laptop and a desktop width, and nothing scrolls sideways. */
async function lookAt(page: Page, name: string, outputPath: (file: string) => string): Promise<void> {
  for (const width of [390, 1024, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await new ConsolePage(page).sidewaysOverflow(), `${name} at ${width} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// Weighted rollouts end to end: planned in the browser, driven by a console process's controller, read back
// through the AWS API after each step. The shared e2e server has its controller off (playwright.config.ts); these
// tests start (and restart) the process that drives the rollouts.

test.describe.configure({ mode: "serial" });

const id = Date.now().toString(36);
let infra: RolloutInfra;
let controller: ConsoleProcess;

const plannerHref = (listenerArn: string) =>
  `/rollouts/new?${new URLSearchParams({ kind: "alb-listener", region: infra.region, listenerArn }).toString()}`;

test.beforeAll(async () => {
  infra = await createRolloutInfra(id);
  controller = await startConsoleProcess();
});

test.afterAll(async () => {
  await controller.stop();
  await deleteRolloutInfra(infra);
});

test("an ALB rollout applies each step, waits for approval, and AWS holds every step's weights", async ({
  page,
}, testInfo) => {
  const listenerArn = await blueListener(infra, 8081);
  await page.goto(plannerHref(listenerArn));
  await expect(page.getByRole("heading", { level: 1, name: "New rollout" })).toBeVisible();
  await expect(page.getByText(`e2e-roll-${id} HTTP:8081 (default action)`)).toBeVisible();

  const planner = new RolloutPlannerPage(page);
  await planner.promote(infra.greenArn);
  // Bad input is refused at the field and the plan cannot start.
  await page.getByLabel("Canary share (%)").fill("150");
  await expect(page.getByLabel("Canary share (%)")).toHaveAccessibleDescription(/can be at most 100 %/);
  await expect(page.getByRole("button", { name: "Start rollout" })).toBeDisabled();

  await planner.customSteps([
    { percent: 20, bakeSeconds: 0 },
    { percent: 50, bakeSeconds: 0, approval: true },
    { percent: 100, bakeSeconds: 0, approval: true },
  ]);
  await page.getByLabel("Without enough data").selectOption("pass");
  await expect(page.getByLabel(`${infra.alarmName}`)).toBeChecked();
  const steps = planner.preview().getByRole("table", { name: "Planned steps" });
  await expect(steps.getByRole("row")).toHaveCount(4);
  await expect(steps.getByRole("row", { name: /^1 / })).toContainText("20 %");
  await expect(steps.getByRole("row", { name: /^2 / })).toContainText("needed before");
  await expect(planner.preview()).toContainText("An abort is felt after");

  await lookAt(page, "planner", (file) => testInfo.outputPath(file));
  await planner.start("e2e: ship images v2 at the load balancer");
  await expect(page).toHaveURL(/\/rollouts\/[0-9a-f-]{36}$/);
  const live = new LiveRolloutPage(page);

  await live.waitFor("Awaiting approval", "Step 1 of 3");
  let weights = await listenerWeights(listenerArn);
  expect(shareOf(weights, infra.greenArn)).toBeCloseTo(20, 0);

  await live.command("Approve next step", "Approve", "e2e: step 1 looks fine");
  await expect(
    page.getByRole("status").filter({ hasText: "Approved the next step of rollout" }),
  ).toBeVisible();
  await live.waitFor("Awaiting approval", "Step 2 of 3");
  weights = await listenerWeights(listenerArn);
  expect(shareOf(weights, infra.greenArn)).toBeCloseTo(50, 0);

  await live.command("Approve next step", "Approve", "e2e: step 2 looks fine");
  await live.waitFor("Succeeded", "Step 3 of 3");
  weights = await listenerWeights(listenerArn);
  expect(weights[infra.greenArn]).toBeGreaterThan(0);
  expect(weights[infra.blueArn] ?? 0).toBe(0);
  await expect(live.history()).toContainText("step applied");
  await expect(live.history()).toContainText("e2e: step 2 looks fine");
  await expect(
    page.getByRole("figure").filter({ hasText: "Share of traffic (%)" }).locator("canvas"),
  ).toBeVisible();
  await lookAt(page, "live", (file) => testInfo.outputPath(file));
});

test("an alarm in ALARM rolls the rollout back to the weights that stood before, and the page says which gate", async ({
  page,
}) => {
  const listenerArn = await blueListener(infra, 8082);
  await page.goto(plannerHref(listenerArn));
  const planner = new RolloutPlannerPage(page);
  await planner.promote(infra.greenArn);
  await planner.customSteps([
    { percent: 50, bakeSeconds: 600 },
    { percent: 100, bakeSeconds: 0 },
  ]);
  await planner.analysis().uncheck();
  await planner.start("e2e: alarm gate");
  const live = new LiveRolloutPage(page);
  await live.waitFor("Running", "Step 1 of 2");
  expect(shareOf(await listenerWeights(listenerArn), infra.greenArn)).toBeCloseTo(50, 0);

  await setAlarm(infra.alarmName, "ALARM");
  try {
    await live.waitFor("Rolled back");
    await expect(page.getByRole("region", { name: "Outcome" })).toContainText(infra.alarmName);
    const weights = await listenerWeights(listenerArn);
    expect(shareOf(weights, infra.blueArn)).toBe(100);
  } finally {
    await setAlarm(infra.alarmName, "OK");
  }
});

test("weights changed outside the console pause the rollout with the difference; adopt, then abort restores", async ({
  page,
}) => {
  const listenerArn = await blueListener(infra, 8083);
  await page.goto(plannerHref(listenerArn));
  const planner = new RolloutPlannerPage(page);
  await planner.promote(infra.greenArn);
  await planner.customSteps([
    { percent: 20, bakeSeconds: 600 },
    { percent: 100, bakeSeconds: 0 },
  ]);
  await planner.analysis().uncheck();
  await planner.start("e2e: drift");
  const live = new LiveRolloutPage(page);
  await live.waitFor("Running", "Step 1 of 2");
  const rolloutUrl = page.url();

  await setListenerWeights(listenerArn, { [infra.blueArn]: 500, [infra.greenArn]: 500 });
  await live.waitFor("Drift detected");
  const drift = page.getByRole("region", { name: /weights were changed outside this rollout/ });
  await expect(drift.getByRole("row", { name: new RegExp(infra.greenName) })).toContainText("500");
  // Nothing overwrote them.
  expect(await listenerWeights(listenerArn)).toEqual({ [infra.blueArn]: 500, [infra.greenArn]: 500 });

  // A second rollout on the same listener is refused, naming the first.
  await page.goto(plannerHref(listenerArn));
  await planner.promote(infra.greenArn);
  await planner.analysis().uncheck();
  await planner.start("e2e: second rollout");
  await expect(page.getByRole("alert").filter({ hasText: "is already active on this target" })).toBeVisible();
  await page.getByRole("link", { name: "Open the active rollout" }).click();
  await expect(page).toHaveURL(rolloutUrl);

  await live.command("Adopt the new weights", "Adopt them", "e2e: ops rebalanced by hand");
  await live.waitFor("Running");
  await live.command("Abort", "Abort and restore the old weights", "e2e: enough");
  await live.waitFor("Aborted");
  expect(shareOf(await listenerWeights(listenerArn), infra.blueArn)).toBe(100);
  await expect(live.history()).toContainText("drift adopted");
});

test("a console process restarted mid-rollout resumes it: the step waits for a controller, never runs twice", async ({
  page,
}) => {
  const listenerArn = await blueListener(infra, 8084);
  await page.goto(plannerHref(listenerArn));
  const planner = new RolloutPlannerPage(page);
  await planner.promote(infra.greenArn);
  await planner.customSteps([
    { percent: 30, bakeSeconds: 3 },
    { percent: 100, bakeSeconds: 0 },
  ]);
  await planner.analysis().uncheck();
  await planner.start("e2e: restart");
  const live = new LiveRolloutPage(page);
  await live.waitFor("Running", "Step 1 of 2");

  await controller.stop("SIGKILL");
  // Past the bake: with no controller running nothing moves.
  await page.waitForTimeout(4_000);
  await expect(live.status()).toContainText("Step 1 of 2");
  expect(shareOf(await listenerWeights(listenerArn), infra.greenArn)).toBeCloseTo(30, 0);

  controller = await startConsoleProcess();
  await live.waitFor("Succeeded", "Step 2 of 2");
  expect(shareOf(await listenerWeights(listenerArn), infra.greenArn)).toBe(100);
  await expect(live.history().getByText("step applied")).toHaveCount(2);
});

test("a DNS rollout from the record group's link is promoted fully; Route 53 holds 0 / 255", async ({
  page,
}) => {
  const name = `roll-${id}.example.com.`;
  const zoneId = await createWeightedPair(name);
  try {
    await page.goto(`/hosted-zones/${zoneId}`);
    await page.getByLabel("Filter records").fill(`roll-${id}`);
    await page.getByRole("link", { name: `Start rollout on A ${name}` }).click();
    await expect(page.getByText(`DNS level: ${name} A`)).toBeVisible();
    const planner = new RolloutPlannerPage(page);
    await expect(page.getByLabel("Stable version (traffic moves away from it)")).toHaveValue("blue");
    await expect(page.getByLabel("Version to promote")).toHaveValue("green");
    await expect(planner.preview()).toContainText("Resolvers keep answers for the TTL (60 s)");
    await planner.start("e2e: DNS rollout");

    const live = new LiveRolloutPage(page);
    await live.waitFor("Running", "Step 1 of 2");
    const step1 = await recordWeights(zoneId, name);
    expect(shareOf(step1, "green")).toBeCloseTo(10, 0);

    await live.command("Promote fully", "Go to 100 % now", "e2e: metrics look good");
    await live.waitFor("Succeeded");
    expect(await recordWeights(zoneId, name)).toEqual({ blue: 0, green: 255 });

    const shortId = live.rolloutId().slice(0, 8);
    await page.goto("/rollouts");
    const past = page
      .getByRole("region", { name: "Past rollouts" })
      .getByRole("row", { name: new RegExp(shortId) });
    await expect(past).toContainText("Succeeded");
    await expect(past).toContainText("blue → green");
  } finally {
    await deleteRecordGroup(zoneId, name);
  }
});

test("Start rollout on the seeded listener opens the planner on it, blue as the stable version", async ({
  page,
}) => {
  await page.goto("/load-balancers/images-alb");
  await page.getByRole("link", { name: "Start rollout on listener HTTPS:443" }).click();
  await expect(page.getByText("images-alb HTTPS:443 (default action)")).toBeVisible();
  await expect(page.getByLabel("Stable version (traffic moves away from it)")).toHaveValue(
    /targetgroup\/images-blue\//,
  );
  await expect(page.getByRole("region", { name: "Plan preview" })).toContainText(
    "The load balancer applies new weights to the next request.",
  );
});
