/** What a signed-in user may do; `can(actor, permission)` in ./actor is the one place that decides. */
export type Permission =
  | "read"
  | "change-dns"
  | "register-targets"
  | "run-rollouts"
  | "acknowledge-findings"
  | "change-zones"
  | "change-load-balancers"
  | "change-certificates"
  | "manage-users";

export const ROLES = ["viewer", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];

const ALL_PERMISSIONS: readonly Permission[] = [
  "read",
  "change-dns",
  "register-targets",
  "run-rollouts",
  "acknowledge-findings",
  "change-zones",
  "change-load-balancers",
  "change-certificates",
  "manage-users",
];

/**
 * viewer reads; operator also changes DNS records and health checks, registers targets, runs rollouts and acknowledges
 * advisor findings (an operator's judgement that a finding may wait, kept in the audit log); admin also
 * creates and deletes hosted zones, changes load balancers (with their target groups), certificates, and users.
 */
const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  viewer: ["read"],
  operator: ["read", "change-dns", "register-targets", "run-rollouts", "acknowledge-findings"],
  admin: ALL_PERMISSIONS,
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** The permissions a role grants; an unknown role grants nothing. */
export function permissionsOf(role: unknown): ReadonlySet<Permission> {
  return new Set(isRole(role) ? ROLE_PERMISSIONS[role] : []);
}

/** Which OIDC group grants which role, e.g. `routeboard-admins=admin,routeboard-ops=operator`. */
export type GroupRoleMap = ReadonlyMap<string, Role>;

/** Parses `group=role` pairs separated by commas; throws on an unknown role so a typo fails at start. */
export function parseGroupRoleMap(text: string | undefined): GroupRoleMap {
  const map = new Map<string, Role>();
  for (const pair of (text ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const separator = pair.lastIndexOf("=");
    const group = pair.slice(0, separator).trim();
    const role = pair.slice(separator + 1).trim();
    if (separator <= 0 || !group || !isRole(role))
      throw new Error(`ROUTEBOARD_OIDC_GROUP_ROLES: "${pair}" is not group=viewer|operator|admin.`);
    map.set(group, role);
  }
  return map;
}

/** The strongest role any of the user's groups grants, or the fallback when none matches. */
export function roleFromGroups(groups: unknown, map: GroupRoleMap, fallback: Role = "viewer"): Role {
  const list = Array.isArray(groups)
    ? groups.filter((group): group is string => typeof group === "string")
    : typeof groups === "string"
      ? [groups]
      : [];
  const granted = list.map((group) => map.get(group)).filter((role): role is Role => role !== undefined);
  if (granted.length === 0) return fallback;
  return ROLES.toReversed().find((role) => granted.includes(role)) ?? fallback;
}
