import { cache } from "react";

import { isRole, permissionsOf, type Permission, type Role } from "./roles";

export type { Permission, Role } from "./roles";

export interface Actor {
  /** The username (local users) or e-mail (OIDC users): what the audit log records. */
  id: string;
  displayName: string;
  role: Role | undefined;
  permissions: ReadonlySet<Permission>;
}

/** Whoever calls without a valid session: may do nothing. */
export const ANONYMOUS: Actor = Object.freeze({
  id: "anonymous",
  displayName: "Not signed in",
  role: undefined,
  permissions: new Set<Permission>(),
});

/** The fields of a Better Auth session user that make an actor. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role?: unknown;
  username?: string | null;
}

/** The actor for a signed-in user: permissions come from the role alone. */
export function actorFromUser(user: SessionUser): Actor {
  const role = isRole(user.role) ? user.role : undefined;
  return {
    id: user.username ?? user.email,
    displayName: user.name || user.username || user.email,
    role,
    permissions: permissionsOf(role),
  };
}

let actorForTests: Actor | undefined;

/** Test hook: make `currentActor()` return this actor (undefined: back to the session). */
export function setActorForTests(actor: Actor | undefined): void {
  actorForTests = actor;
}

/** The caller of this request, from its session cookie; ANONYMOUS without a valid session. Once per request. */
export const currentActor = cache(async (): Promise<Actor> => {
  if (actorForTests) return actorForTests;
  const { sessionUser } = await import("./session");
  const user = await sessionUser();
  return user ? actorFromUser(user) : ANONYMOUS;
});

/** The single decision point: may this actor do this? */
export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}
