import type { Role } from "./roles";

/** What an admin asks to do to a user account. */
export type UserChange = { kind: "set-role"; role: Role } | { kind: "reset-password" } | { kind: "delete" };

type UserRef = { id: string; username: string; role: Role | undefined };

/**
 * Why this change is refused, or undefined when it may go ahead. Pure: the console must always keep one admin, and
 * an admin does not delete or demote their own account (another admin does it, so nobody locks themselves out).
 */
export function userChangeRefusal(
  users: readonly UserRef[],
  actorUsername: string,
  targetId: string,
  change: UserChange,
): string | undefined {
  const target = users.find((user) => user.id === targetId);
  if (!target) return "This user no longer exists: someone may have deleted them already.";
  const isSelf = target.username === actorUsername;
  const admins = users.filter((user) => user.role === "admin");
  const losesAdmin =
    target.role === "admin" &&
    (change.kind === "delete" || (change.kind === "set-role" && change.role !== "admin"));

  if (isSelf && change.kind === "delete") return "You cannot delete your own account; another admin can.";
  if (isSelf && losesAdmin) return "You cannot take the admin role from yourself; another admin can.";
  if (losesAdmin && admins.length <= 1)
    return `${target.username} is the last admin: make another user admin first, so someone can still manage the console.`;
  if (change.kind === "set-role" && target.role === change.role)
    return `${target.username} is already ${change.role}: nothing to change.`;
  return undefined;
}
