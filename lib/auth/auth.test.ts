import { betterAuth } from "better-auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { setAuditStoreForTests } from "@/lib/audit";
import { SqliteAuditStore } from "@/lib/audit/sqlite-audit-store";

import { authOptions, migrate } from "./auth";
import { SIGN_IN_LIMIT } from "./auth-config";
import { createLocalUser, ensureAdmin, listUsers } from "./users";

// The real Better Auth configuration on an in-memory database, driven through its HTTP handler like a browser would.
const options = authOptions(":memory:", {});
const auth = betterAuth(options);
const origin = "http://localhost:3000";

function signIn(username: string, password: string): Promise<Response> {
  return auth.handler(
    new Request(`${origin}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ username, password }),
    }),
  );
}

const audit = new SqliteAuditStore(":memory:");

beforeAll(async () => {
  setAuditStoreForTests(audit);
  await migrate(options);
});
afterAll(() => setAuditStoreForTests(undefined));

describe("sign-in", () => {
  it("creates the admin once with the given password, stored as a slow hash, and lets it sign in", async () => {
    expect(await ensureAdmin("correct horse battery", auth)).toBeUndefined();
    const context = await auth.$context;
    const admin = await context.internalAdapter.findUserByEmail("admin@users.routeboard.invalid", {
      includeAccounts: true,
    });
    const hash = admin?.accounts[0]?.password ?? "";
    expect(hash).not.toContain("correct horse");
    expect(hash).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);

    const response = await signIn("admin", "correct horse battery");
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/routeboard\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=43200/);

    const session = await auth.api.getSession({
      headers: new Headers({ cookie: cookie.split(";")[0] ?? "" }),
    });
    expect(session?.user).toMatchObject({ username: "admin", role: "admin" });
  });

  it("takes a changed ROUTEBOARD_ADMIN_PASSWORD on the next start, and generates none when the admin exists", async () => {
    await ensureAdmin("another long password", auth);
    expect((await signIn("admin", "correct horse battery")).status).toBe(401);
    expect((await signIn("admin", "another long password")).status).toBe(200);
    expect(await ensureAdmin(undefined, auth)).toBeUndefined();

    const signIns = audit
      .list({ action: "auth.signIn" })
      .map((entry) => [entry.actor, entry.target, entry.outcome]);
    expect(signIns).toEqual([
      ["admin", "user:admin", "success"],
      ["anonymous", "user:admin", "denied"],
      ["admin", "user:admin", "success"],
    ]);
  });

  it("creates local users with a role; nobody can sign up on their own", async () => {
    await createLocalUser({ username: "Vi", role: "viewer", password: "viewer password" }, auth);
    // A dash is allowed by the users form, so the username plugin must take it too.
    await createLocalUser({ username: "ops-bot", role: "operator", password: "operator password" }, auth);
    expect((await listUsers(auth)).map((user) => [user.username, user.role])).toEqual([
      ["admin", "admin"],
      ["vi", "viewer"],
      ["ops-bot", "operator"],
    ]);
    const signUp = await auth.handler(
      new Request(`${origin}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify({
          email: "eve@example.com",
          password: "eve password",
          name: "Eve",
          role: "admin",
        }),
      }),
    );
    expect(signUp.status).toBeGreaterThanOrEqual(400);
  });

  it("signs out only from a page of a host the console serves", async () => {
    const signedIn = await signIn("admin", "another long password");
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const signOut = (from: string) =>
      auth.handler(
        new Request(`${origin}/api/auth/sign-out`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: from, cookie, host: "127.0.0.1:3000" },
          body: "{}",
        }),
      );
    expect((await signOut("http://evil.example")).status).toBe(403);
    expect((await signOut("http://127.0.0.1:3000")).status).toBe(200);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });

  it("rate-limits sign-in attempts", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < SIGN_IN_LIMIT.max + 2; attempt++)
      statuses.push((await signIn("admin", "wrong password")).status);
    expect(statuses).toContain(429);
    expect((await signIn("admin", "another long password")).status).toBe(429);
  });
});
