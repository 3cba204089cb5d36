import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DeleteLoadBalancerCommand,
  DeleteTargetGroupCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { Page } from "@playwright/test";

import { expect, SEEDED, test } from "./fixtures";

// The runner sets AWS_ENDPOINT_URL (and dummy keys) for the seeded emulator; the SDK picks them up.
const elbv2 = new ElasticLoadBalancingV2Client({
  region: "us-east-1",
  endpoint: process.env.AWS_ENDPOINT_URL,
});

// Fix and Acknowledge change things: they go to resources this file creates, so the seeded mistakes stay for the
// listing test (and for every later run against the same emulator).
const suffix = Date.now().toString(36);
const albName = `e2e-adv-${suffix}`;
const webGroupName = `e2e-adv-web-${suffix}`;
const orphanGroupName = `e2e-adv-orphan-${suffix}`;
let albArn = "";
let listenerArn = "";
const groupArns: string[] = [];

// Every /advisor render scans the whole Region and every zone afresh (by design: the page never shows a stale scan),
// and so does every re-render after a change (a Fix, an acknowledgement, a filter). advisor.scanMs is about 4.3 s idle
// on the bench's far larger account; under a full-suite load on 2 cores allow about 10x that for each scan the page
// waits for, and room in each test for the four scans the longest one waits for.
const SCAN_BUDGET_MS = 45_000;
test.describe.configure({ mode: "serial", timeout: 4 * SCAN_BUDGET_MS });

test.beforeAll(async () => {
  const seeded = (await elbv2.send(new DescribeLoadBalancersCommand({ Names: [SEEDED.loadBalancer] })))
    .LoadBalancers?.[0];
  const createGroup = async (name: string) => {
    const made = await elbv2.send(
      new CreateTargetGroupCommand({ Name: name, Protocol: "HTTP", Port: 8080, VpcId: seeded?.VpcId }),
    );
    const arn = made.TargetGroups?.[0]?.TargetGroupArn ?? "";
    groupArns.push(arn);
    return arn;
  };
  const webArn = await createGroup(webGroupName);
  await createGroup(orphanGroupName);
  const created = await elbv2.send(
    new CreateLoadBalancerCommand({
      Name: albName,
      Type: "application",
      Scheme: "internet-facing",
      Subnets: (seeded?.AvailabilityZones ?? []).map((zone) => zone.SubnetId ?? ""),
      SecurityGroups: seeded?.SecurityGroups,
    }),
  );
  albArn = created.LoadBalancers?.[0]?.LoadBalancerArn ?? "";
  const listener = await elbv2.send(
    new CreateListenerCommand({
      LoadBalancerArn: albArn,
      Protocol: "HTTP",
      Port: 80,
      DefaultActions: [{ Type: "forward", TargetGroupArn: webArn }],
    }),
  );
  listenerArn = listener.Listeners?.[0]?.ListenerArn ?? "";
});

test.afterAll(async () => {
  if (albArn)
    await elbv2.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: albArn })).catch(() => undefined);
  for (const arn of groupArns)
    await elbv2.send(new DeleteTargetGroupCommand({ TargetGroupArn: arn })).catch(() => undefined);
});

/** An open finding, by its title (each finding is a list item named by its title). */
function openFinding(page: Page, title: string | RegExp) {
  return page.getByRole("region", { name: "Open findings" }).getByRole("listitem", { name: title });
}

async function openAdvisor(page: Page): Promise<void> {
  await page.goto("/advisor?region=us-east-1");
  await expect(page.getByRole("heading", { level: 1, name: "Advisor" })).toBeVisible();
  await waitForScan(page);
}

/** The scan's result on screen; a scan that failed shows its error, and the test fails on that at once. */
async function waitForScan(page: Page): Promise<void> {
  const scanned = page.getByText(/^Scanned us-east-1 at/);
  await expect(scanned.or(page.getByText(/^Could not scan us-east-1/))).toBeVisible({
    timeout: SCAN_BUDGET_MS,
  });
  await expect(scanned).toBeVisible();
}

test("the advisor lists the seeded misconfigurations, each linked to its resource", async ({ page }) => {
  await openAdvisor(page);

  await expect(
    openFinding(page, "HTTP listener on port 80 of legacy-alb serves traffic unencrypted"),
  ).toBeVisible();
  await expect(
    openFinding(page, /^Failover primary pay\.example\.com\.? A \(pay-primary\) has no health check$/),
  ).toBeVisible();
  await expect(
    openFinding(page, /^Geolocation records of shop\.example\.com\.? A have no default location$/),
  ).toBeVisible();
  await expect(openFinding(page, "Target group legacy-orphan is used by no listener or rule")).toBeVisible();
  await expect(
    page
      .getByRole("article", { name: "target group legacy-orphan" })
      .getByRole("link", { name: "legacy-orphan" }),
  ).toHaveAttribute("href", "/target-groups/legacy-orphan");

  // The filters are in the URL: Route 53 only.
  await page.getByLabel("Service").selectOption("route53");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/service=route53/);
  await expect(openFinding(page, /^Failover primary pay\.example\.com/)).toBeVisible({
    timeout: SCAN_BUDGET_MS,
  });
  await expect(openFinding(page, /of legacy-alb serves traffic unencrypted$/)).toHaveCount(0);

  // The navigation counts open critical and warning findings.
  await expect(
    page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: /^Advisor\s*\d+ findings? needs? attention$/ }),
  ).toBeVisible();
});

test("Fix on an HTTP listener previews the redirect, applies it, and the finding is gone after reload", async ({
  page,
}) => {
  await openAdvisor(page);
  const title = `HTTP listener on port 80 of ${albName} serves traffic unencrypted`;
  const finding = openFinding(page, title);
  await finding.getByRole("button", { name: `Fix: redirect HTTP:80 on ${albName} to HTTPS` }).click();

  const review = finding.getByRole("region", { name: `Redirect HTTP:80 on ${albName} to HTTPS` });
  await expect(review.getByRole("table")).toContainText("Default action");
  await expect(review.getByRole("table")).toContainText("Redirect 301 to HTTPS");
  await review.getByRole("button", { name: "Apply the redirect" }).click();
  // The outcome stays above the list: the page scans again at once and the fixed finding leaves it.
  await expect(page.getByRole("status", { name: `Fixed: ${title}` })).toContainText(
    `Changed listener HTTP:80 of ${albName}`,
  );

  const listeners = await elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: albArn }));
  const action = listeners.Listeners?.find((listener) => listener.ListenerArn === listenerArn)
    ?.DefaultActions?.[0];
  expect(action?.RedirectConfig).toMatchObject({ Protocol: "HTTPS", Port: "443", StatusCode: "HTTP_301" });

  await page.reload();
  await waitForScan(page);
  await expect(openFinding(page, title)).toHaveCount(0);
});

test("acknowledging a finding with a reason hides it, lists it under Acknowledged, and the audit log shows it", async ({
  page,
}) => {
  await openAdvisor(page);
  const title = `Target group ${orphanGroupName} is used by no listener or rule`;
  const reason = `Kept for the ${suffix} migration`;
  const finding = openFinding(page, title);
  await finding.getByText("Acknowledge…").click();
  const form = finding.getByRole("form", { name: `Acknowledge ${title}` });

  // The reason is required; a date in the past is refused.
  await form.getByLabel("Until (optional)").fill("2020-01-01");
  await form.getByLabel("Reason").fill(reason);
  await form.getByRole("button", { name: "Acknowledge" }).click();
  await expect(form.getByText("Choose a date in the future, or leave it empty.")).toBeVisible();

  await form.getByLabel("Until (optional)").fill("");
  await form.getByRole("button", { name: "Acknowledge" }).click();
  // The action's answer is the page scanned again.
  await expect(openFinding(page, title)).toHaveCount(0, { timeout: SCAN_BUDGET_MS });
  const row = page
    .getByRole("table", { name: "Acknowledged findings" })
    .getByRole("row")
    .filter({ hasText: title });
  await expect(row).toContainText(reason);
  await expect(row).toContainText("until revoked");

  await page.goto("/audit");
  const entry = page
    .getByRole("row")
    .filter({ hasText: "advisor.acknowledgeFinding" })
    .filter({ hasText: reason });
  await expect(entry).toContainText("elbv2-target-group-unused:");

  // Revoke: open again.
  await openAdvisor(page);
  await page.getByRole("button", { name: `Revoke the acknowledgement of ${title}` }).click();
  await expect(openFinding(page, title)).toBeVisible({ timeout: SCAN_BUDGET_MS });
});
