import { z } from "zod";

import { parseGroupRoleMap, type GroupRoleMap } from "./roles";

/** OpenID Connect sign-in, when ROUTEBOARD_OIDC_* is set: any standard provider, found through its discovery document. */
export interface OidcConfig {
  providerId: "oidc";
  displayName: string;
  issuer: string;
  discoveryUrl: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  /** The ID-token / userinfo claim holding the user's groups. */
  groupsClaim: string;
  groupRoles: GroupRoleMap;
}

const CLIENT_ID_REQUIRED = "ROUTEBOARD_OIDC_CLIENT_ID is required with ROUTEBOARD_OIDC_ISSUER.";
const CLIENT_SECRET_REQUIRED = "ROUTEBOARD_OIDC_CLIENT_SECRET is required with ROUTEBOARD_OIDC_ISSUER.";

const oidcSchema = z.object({
  ROUTEBOARD_OIDC_ISSUER: z.url("ROUTEBOARD_OIDC_ISSUER must be the issuer's URL."),
  ROUTEBOARD_OIDC_CLIENT_ID: z.string({ error: CLIENT_ID_REQUIRED }).min(1, CLIENT_ID_REQUIRED),
  ROUTEBOARD_OIDC_CLIENT_SECRET: z.string({ error: CLIENT_SECRET_REQUIRED }).min(1, CLIENT_SECRET_REQUIRED),
  ROUTEBOARD_OIDC_NAME: z.string().default("single sign-on"),
  ROUTEBOARD_OIDC_SCOPES: z.string().default("openid email profile groups"),
  ROUTEBOARD_OIDC_GROUPS_CLAIM: z.string().default("groups"),
  ROUTEBOARD_OIDC_GROUP_ROLES: z.string().optional(),
});

/** The OIDC settings from the environment; undefined when OIDC is not configured. Throws on a half-done setup. */
export function oidcConfigFrom(env: Record<string, string | undefined>): OidcConfig | undefined {
  if (!env.ROUTEBOARD_OIDC_ISSUER) return undefined;
  const parsed = oidcSchema.safeParse(env);
  if (!parsed.success)
    throw new Error(`OIDC configuration: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  const value = parsed.data;
  const issuer = value.ROUTEBOARD_OIDC_ISSUER.replace(/\/+$/, "");
  return {
    providerId: "oidc",
    displayName: value.ROUTEBOARD_OIDC_NAME,
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    clientId: value.ROUTEBOARD_OIDC_CLIENT_ID,
    clientSecret: value.ROUTEBOARD_OIDC_CLIENT_SECRET,
    scopes: value.ROUTEBOARD_OIDC_SCOPES.split(/[\s,]+/).filter(Boolean),
    groupsClaim: value.ROUTEBOARD_OIDC_GROUPS_CLAIM,
    groupRoles: parseGroupRoleMap(value.ROUTEBOARD_OIDC_GROUP_ROLES),
  };
}

/**
 * How long a session lives: 12 hours from sign-in, a working day. It does not slide: the proxy and server components
 * read the session but cannot re-issue the cookie, so a database-only extension would outlive the cookie anyway.
 */
export const SESSION_SECONDS = 12 * 60 * 60;

/** Sign-in attempts allowed per client address and window. */
export const SIGN_IN_LIMIT = { window: 60, max: 10 } as const;

/** The local administrator's username. */
export const ADMIN_USERNAME = "admin";

/** Local users have no mailbox; Better Auth wants a unique e-mail, so one is derived that can never receive mail. */
export function localEmail(username: string): string {
  return `${username}@users.routeboard.invalid`;
}
