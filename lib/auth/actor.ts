export type Permission = "read" | "change-dns" | "change-load-balancers" | "change-certificates" | "run-rollouts";

export interface Actor {
  id: string;
  displayName: string;
  permissions: ReadonlySet<Permission>;
}

const ALL_PERMISSIONS: Permission[] = ["read", "change-dns", "change-load-balancers", "change-certificates", "run-rollouts"];

/**
 * The caller of a server action. Routeboard runs in single-user local mode for now: the operator at the
 * keyboard may do everything. Sign-in and roles plug in here without touching the actions.
 */
export function currentActor(): Actor {
  const id = process.env.ROUTEBOARD_OPERATOR ?? "local-operator";
  return { id, displayName: id, permissions: new Set(ALL_PERMISSIONS) };
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}
