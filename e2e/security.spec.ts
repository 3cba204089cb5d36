import http from "node:http";
import path from "node:path";

import type { APIRequestContext } from "@playwright/test";
import Database from "better-sqlite3";

import { ANONYMOUS_STATE, E2E_DOWN_URL, expect, STORAGE_STATE, test, VIEWER } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { ROUTES, routesOnDisk, samplePath, serverActions } from "./routes";

const auditDb = () => new Database(path.join(process.env.ROUTEBOARD_DATA_DIR ?? ".data", "routeboard.db"));

/** POSTs a server action the way a forged request would: its id in Next-Action, the arguments as the body. */
function postAction(request: APIRequestContext, action: { id: string; path: string }, args: unknown[]) {
  return request.post(action.path, {
    headers: {
      "Next-Action": action.id,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

test("the route list names every page and route handler the app has", () => {
  expect(Object.keys(ROUTES).sort()).toEqual(routesOnDisk());
});

test.describe("without a session", () => {
  test.use({ storageState: ANONYMOUS_STATE });

  test("every page and route handler is refused: pages send to the sign-in page, the rest answer 401", async ({
    request,
  }) => {
    const signedIn = Object.entries(ROUTES).filter(([, access]) => access === "signed-in");
    expect(signedIn.length).toBeGreaterThan(20);
    for (const [route] of signedIn) {
      const url = samplePath(route);
      for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
        const response = await request.get(url, { maxRedirects: 0, headers });
        if (route.startsWith("/api/")) {
          expect(response.status(), url).toBe(401);
        } else {
          expect(response.status(), url).toBe(303);
          expect(response.headers().location, url).toMatch(/^\/login(\?next=|$)/);
        }
      }
    }
  });

  test("every server action is refused before it runs", async ({ request }) => {
    const actions = serverActions();
    expect(actions.length).toBeGreaterThan(30);
    for (const action of actions) {
      const response = await postAction(request, action, [{ status: "idle" }, {}]);
      expect(response.status(), action.name).toBe(401);
      expect(await response.text(), action.name).toContain("Unauthenticated");
    }
  });

  test("the sign-in page, auth endpoints and health probe stay reachable", async ({ request }) => {
    expect((await request.get("/login")).status()).toBe(200);
    expect((await request.get("/api/health")).status()).toBe(200);
    expect((await request.get("/api/auth/get-session")).status()).toBe(200);
  });

  test("readiness says whether AWS answers and the store takes writes; liveness only that the console runs", async ({
    request,
  }) => {
    const ready = await request.get("/api/health/ready");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { aws: { ok: true }, store: { ok: true } } });

    const down = await request.get(`${E2E_DOWN_URL}/api/health/ready`);
    expect(down.status()).toBe(503);
    expect(await down.json()).toMatchObject({
      ready: false,
      checks: { aws: { ok: false }, store: { ok: true } },
    });
    expect((await request.get(`${E2E_DOWN_URL}/api/health`)).status()).toBe(200);
  });

  test("a wrong password is refused with a message; sign-out ends the session", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.signIn(VIEWER.username, "not the password");
    await expect(page.getByText("That username and password do not match.")).toBeVisible();

    await signIn.signIn(VIEWER.username, VIEWER.password, { next: "/hosted-zones" });
    await expect(page).toHaveURL(/\/hosted-zones$/);
    await expect(page.getByTestId("signed-in-user")).toHaveText(VIEWER.username);
    // Sign-out is a client button: a click that lands before the page has hydrated does nothing, so click until the
    // sign-in page shows (under full-suite load the first click can come that early).
    await expect(async () => {
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/login/, { timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
    await page.goto("/hosted-zones");
    await expect(page).toHaveURL(/\/login\?next=%2Fhosted-zones/);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: STORAGE_STATE.viewer });

  test("reads pages, and a forged server-action POST is refused, audited as denied, and changes nothing in AWS", async ({
    page,
    request,
    browser,
  }) => {
    await page.goto("/hosted-zones");
    await expect(page.getByRole("heading", { level: 1, name: "Hosted zones" })).toBeVisible();
    await expect(page.getByText("(viewer)")).toBeVisible();
    // The server check is what counts; the page just does not offer what the role cannot do.
    await expect(page.getByRole("link", { name: "Create hosted zone" })).toHaveCount(0);

    const create = serverActions().find((action) => action.name === "createHostedZoneAction");
    expect(create).toBeDefined();
    const name = `forged-${Date.now()}.example.com`;
    const response = await postAction(request, { id: create!.id, path: "/hosted-zones/new" }, [
      { status: "idle" },
      { name, isPrivate: "false" },
    ]);
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toContain("Forbidden");
    expect(body).not.toContain(`"success"`);

    const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
    const adminPage = await admin.newPage();
    await adminPage.goto("/hosted-zones");
    await expect(adminPage.getByRole("heading", { level: 1, name: "Hosted zones" })).toBeVisible();
    await expect(adminPage.getByText(name)).toHaveCount(0);
    await admin.close();

    const db = auditDb();
    const denied = db
      .prepare(
        "SELECT actor, outcome FROM audit_log WHERE action LIKE '%ostedZone%' AND actor = ? ORDER BY id DESC LIMIT 1",
      )
      .get(VIEWER.username);
    db.close();
    expect(denied).toEqual({ actor: VIEWER.username, outcome: "denied" });
  });
});

test("a request for a host name the console is not configured for is refused before rendering", async ({
  baseURL,
}) => {
  const url = new URL("/hosted-zones", baseURL);
  const status = await new Promise<number>((resolve, reject) => {
    const outgoing = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: { Host: `rebound.attacker.example:${url.port}` },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
  expect(status).toBe(421);
});

test("every response carries the security headers, and every script the page's nonce", async ({
  page,
  request,
}) => {
  const response = await page.goto("/hosted-zones");
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce).toBeTruthy();
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["strict-transport-security"]).toBeUndefined();

  // Every script tag the server wrote carries this response's nonce (the browser hides nonces from the DOM).
  const html = await response!.text();
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);

  for (const url of ["/api/health", "/login", "/api/route53/changes/C1", "/no-such-page"]) {
    const other = await request.get(url, { maxRedirects: 0 });
    expect(other.headers()["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(other.headers()["x-content-type-options"], url).toBe("nosniff");
  }
});

test("the audit log verifies its hash chain, records the signed-in user, and detects an edited row", async ({
  page,
}) => {
  await page.goto("/audit");
  await expect(page.getByText(/Integrity verified: all \d+ entries/)).toBeVisible();

  const db = auditDb();
  const actors = (db.prepare("SELECT DISTINCT actor FROM audit_log").all() as { actor: string }[]).map(
    (row) => row.actor,
  );
  expect(actors).not.toContain("local-operator");
  expect(actors).toContain("admin");

  const row = db.prepare("SELECT id, summary FROM audit_log ORDER BY id LIMIT 1").get() as {
    id: number;
    summary: string;
  };
  db.prepare("UPDATE audit_log SET summary = ? WHERE id = ?").run("nothing happened here", row.id);
  try {
    await page.reload();
    await expect(page.getByRole("alert").filter({ hasText: "altered outside the console" })).toContainText(
      `entry #${row.id} was changed`,
    );
  } finally {
    db.prepare("UPDATE audit_log SET summary = ? WHERE id = ?").run(row.summary, row.id);
    db.close();
  }
  await page.reload();
  await expect(page.getByText(/Integrity verified/)).toBeVisible();
});

test("the audit log filters by user and outcome, and exports what it shows as CSV and JSON", async ({
  page,
  request,
}) => {
  await page.goto("/audit");
  const filters = page.getByRole("form", { name: "Filter the audit log" });
  await filters.getByLabel("User").fill(VIEWER.username);
  await filters.getByLabel("Outcome").selectOption("denied");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/actor=vera/);
  // Polled: right after the URL changes the previous, unfiltered table can still be on screen.
  const rows = page.getByRole("table").getByRole("row");
  await expect
    .poll(async () => {
      const cellsByRow = await Promise.all(
        (await rows.all()).map((row) => row.getByRole("cell").allTextContents()),
      );
      const bodyRows = cellsByRow.filter((cells) => cells.length > 0);
      return (
        bodyRows.length > 0 &&
        bodyRows.every((cells) => cells[1] === VIEWER.username && cells[4] === "denied")
      );
    })
    .toBe(true);

  const csv = await request.get(`/api/audit/export?actor=${VIEWER.username}&outcome=denied&format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe("id,at,actor,action,target,outcome,summary,details");
  expect(lines.length).toBeGreaterThan(1);
  const json = (await (await request.get("/api/audit/export?outcome=denied&format=json")).json()) as {
    outcome: string;
  }[];
  expect(json.length).toBeGreaterThan(0);
  expect(new Set(json.map((entry) => entry.outcome))).toEqual(new Set(["denied"]));
});

test("an unknown hosted zone, load balancer, target group or certificate answers 404, inside the console", async ({
  page,
}) => {
  for (const [url, heading] of [
    ["/hosted-zones/ZNOSUCHZONE0000000000", "Hosted zone not found"],
    ["/hosted-zones/ZNOSUCHZONE0000000000/weights", "Hosted zone not found"],
    ["/load-balancers/no-such-alb", "Load balancer not found"],
    ["/target-groups/no-such-tg", "Target group not found"],
    ["/target-groups/not%20a%20valid%20name%21", "Target group not found"],
    ["/certificates/00000000-0000-4000-8000-000000000000", "Certificate not found"],
  ] as const) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("main")).toHaveCount(1);
  }
});
