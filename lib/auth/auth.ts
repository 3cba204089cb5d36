import "server-only";

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { openConsoleDatabase } from "@/lib/sqlite/open-database";
import { betterAuth, type BetterAuthOptions } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { getMigrations } from "better-auth/db/migration";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth, username } from "better-auth/plugins";

import { auditStore } from "@/lib/audit";
import { consoleDataFile } from "@/lib/env";
import { USERNAME_PATTERN } from "@/lib/schemas/user";
import { CLIENT_IP_HEADER } from "@/lib/security/client-ip";
import { hostPolicyFrom, isHostAllowed, requestHost } from "@/lib/security/hosts";

import { AttemptLimiter } from "./attempt-limiter";
import { oidcConfigFrom, SESSION_SECONDS, SIGN_IN_LIMIT } from "./auth-config";
import { roleFromGroups } from "./roles";

const textOrEmpty = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set, else a random one kept in the data directory
 * (mode 0600) so sessions survive a restart. Two servers starting together agree on one file (`wx` wins once).
 */
function authSecret(dataDir: string): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, "auth-secret");
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** Better Auth's options for a database file (":memory:" in tests). */
export function authOptions(
  file: string,
  env: Record<string, string | undefined> = process.env,
): BetterAuthOptions {
  const database = openConsoleDatabase(file);
  const oidc = oidcConfigFrom(env);
  const publicUrl = env.ROUTEBOARD_PUBLIC_URL;
  const hosts = hostPolicyFrom(env);

  return {
    appName: "Routeboard",
    basePath: "/api/auth",
    // The public URL when there is one; otherwise the request's host, accepted only when it is on the allow-list
    // (the proxy refused every other host already). An entry without a port allows any port, as in lib/security/hosts.
    baseURL: publicUrl || {
      allowedHosts: hosts.hosts.flatMap((host) => (/:\d+$/.test(host) ? [host] : [host, `${host}:*`])),
      protocol: hosts.isHttps ? "https" : "auto",
      // For calls made without a request (server code asking Better Auth directly).
      fallback: `${hosts.isHttps ? "https" : "http"}://${hosts.hosts[0] ?? "127.0.0.1"}`,
    },
    // Better Auth refuses state-changing requests (sign-out…) from any other origin: the one the browser asked for, when
    // its Host is one the console serves.
    trustedOrigins: (request) => {
      if (!request) return [];
      const host = requestHost(request.headers, hosts);
      if (!isHostAllowed(host, hosts)) return [];
      const forwardedProto = hosts.trustProxy
        ? request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim()
        : undefined;
      const protocol = hosts.isHttps
        ? "https"
        : (forwardedProto ?? new URL(request.url).protocol.replace(":", ""));
      return [`${protocol}://${host}`];
    },
    secret: file === ":memory:" ? "test-secret-test-secret-test-secret" : authSecret(path.dirname(file)),
    database,
    telemetry: { enabled: false },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 256 },
    session: { expiresIn: SESSION_SECONDS, updateAge: SESSION_SECONDS },
    user: {
      additionalFields: { role: { type: "string", required: false, defaultValue: "viewer", input: false } },
    },
    account: { accountLinking: { enabled: false } },
    rateLimit: {
      enabled: true,
      storage: "memory",
      window: 60,
      max: 300,
      customRules: { "/sign-in/*": SIGN_IN_LIMIT },
    },
    advanced: {
      cookiePrefix: "routeboard",
      // Explicit, so the check also runs under tests (Better Auth skips it there by default).
      disableOriginCheck: false,
      useSecureCookies: publicUrl?.startsWith("https://") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // Per client: proxy.ts decides the address (X-Forwarded-For only behind a configured proxy, lib/security/
      // client-ip.ts) and puts it in its own header, replacing whatever the client sent there.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      trustedProxyHeaders: hosts.trustProxy,
    },
    hooks: {
      before: createAuthMiddleware((ctx) => Promise.resolve(limitPerUsername(ctx))),
      after: createAuthMiddleware((ctx) => Promise.resolve(auditSignIn(ctx))),
    },
    plugins: [
      // The same rule as the users page's form; the plugin's default refuses the dashes the form allows.
      username({
        minUsernameLength: 2,
        maxUsernameLength: 64,
        usernameValidator: (name) => USERNAME_PATTERN.test(name),
      }),
      ...(oidc
        ? [
            genericOAuth({
              config: [
                {
                  providerId: oidc.providerId,
                  discoveryUrl: oidc.discoveryUrl,
                  clientId: oidc.clientId,
                  clientSecret: oidc.clientSecret,
                  scopes: oidc.scopes,
                  pkce: true,
                  overrideUserInfo: true,
                  mapProfileToUser: (profile) => ({
                    role: roleFromGroups(profile[oidc.groupsClaim], oidc.groupRoles, "viewer"),
                  }),
                },
              ],
            }),
          ]
        : []),
      nextCookies(),
    ],
  };
}

// Besides the per-client limit: attempts per username, so guessing one account's password from many addresses (or
// from forged ones when no proxy is configured) is slowed too.
const usernameAttempts = new AttemptLimiter(SIGN_IN_LIMIT);

function limitPerUsername(ctx: { path: string; body?: unknown }): void {
  if (ctx.path !== "/sign-in/username" || typeof ctx.body !== "object" || ctx.body === null) return;
  const username = textOrEmpty((ctx.body as { username?: unknown }).username)
    .slice(0, 64)
    .toLowerCase();
  const wait = usernameAttempts.attempt(username);
  if (wait !== undefined) {
    throw new APIError("TOO_MANY_REQUESTS", {
      message: `Too many sign-in attempts for this user. Try again in ${wait} seconds.`,
    });
  }
}

interface HookContext {
  path: string;
  body?: unknown;
  context: { returned?: unknown; newSession?: { user: { email: string; username?: string | null } } | null };
}

/** Sign-ins (local and OIDC) go into the audit log like every other attempt: who, and whether it worked. */
function auditSignIn(ctx: HookContext): void {
  const isLocal = ctx.path === "/sign-in/username";
  if (!isLocal && !ctx.path.startsWith("/oauth2/callback/")) return;
  const user = ctx.context.newSession?.user;
  if (user) {
    const id = user.username ?? user.email;
    auditStore().append({
      actor: id,
      action: "auth.signIn",
      target: `user:${id}`,
      outcome: "success",
      summary: `Signed in (${isLocal ? "password" : "single sign-on"})`,
    });
    return;
  }
  if (!isAPIError(ctx.context.returned)) return;
  // The claimed name is the caller's text: kept short, and the caller is recorded as anonymous.
  const claimed =
    isLocal && typeof ctx.body === "object" && ctx.body !== null
      ? textOrEmpty((ctx.body as { username?: unknown }).username).slice(0, 64)
      : "";
  auditStore().append({
    actor: "anonymous",
    action: "auth.signIn",
    target: claimed ? `user:${claimed}` : "-",
    outcome: "denied",
    summary: "Sign-in refused",
  });
}

function createAuth(options: BetterAuthOptions) {
  return betterAuth(options);
}

export type Auth = ReturnType<typeof createAuth>;

/** Creates Better Auth's tables (user, session, account, verification) when missing. Safe to run from two processes. */
export async function migrate(options: BetterAuthOptions): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const { runMigrations } = await getMigrations(options);
      await runMigrations();
      return;
    } catch (error) {
      // Another server process created the same table a moment earlier: look again.
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
  }
}

let ready: Promise<Auth> | undefined;

/** The process-wide Better Auth instance, its tables created. */
export function getAuth(): Promise<Auth> {
  ready ??= (async () => {
    const options = authOptions(consoleDataFile());
    await migrate(options);
    return createAuth(options);
  })();
  ready.catch(() => (ready = undefined));
  return ready;
}
