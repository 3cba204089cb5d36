"use server";

import { ActionRefusal, defineAction } from "@/lib/actions/define-action";
import { type UserChange, userChangeRefusal } from "@/lib/auth/user-rules";
import { createLocalUser, deleteUser, listUsers, resetUserPassword, setUserRole } from "@/lib/auth/users";
import {
  createUserSchema,
  deleteUserSchema,
  resetPasswordSchema,
  setUserRoleSchema,
} from "@/lib/schemas/user";

export const createUserAction = defineAction({
  name: "users.create",
  schema: createUserSchema,
  permission: "manage-users",
  target: (input) => `user:${input.username.toLowerCase()}`,
  secretKeys: ["password"],
  revalidate: () => ["/users"],
  run: async (input) => {
    const username = input.username.toLowerCase();
    if ((await listUsers()).some((user) => user.username === username)) {
      throw new ActionRefusal("That username is taken.", "UserExists", {
        username: ["That username is taken."],
      });
    }
    const user = await createLocalUser(input);
    return {
      data: { username: user.username },
      summary: `Created ${user.role ?? "?"} user ${user.username}`,
    };
  },
});

/** The user the change is about, after the rules that keep one admin and keep admins from locking themselves out. */
async function checkedTarget(actorId: string, userId: string, change: UserChange) {
  const users = await listUsers();
  const refusal = userChangeRefusal(users, actorId, userId, change);
  if (refusal) throw new ActionRefusal(refusal, "UserChangeRefused");
  const target = users.find((user) => user.id === userId);
  if (!target) throw new ActionRefusal("This user no longer exists.", "NotFound");
  return target;
}

export const setUserRoleAction = defineAction({
  name: "users.setRole",
  schema: setUserRoleSchema,
  permission: "manage-users",
  target: (input) => `user-id:${input.userId}`,
  revalidate: () => ["/users"],
  run: async (input, { actor }) => {
    const target = await checkedTarget(actor.id, input.userId, { kind: "set-role", role: input.role });
    await setUserRole(target.id, input.role);
    return {
      data: { username: target.username, role: input.role },
      summary: `Changed ${target.username}'s role from ${target.role ?? "none"} to ${input.role} (their sessions ended)`,
    };
  },
});

export const resetPasswordAction = defineAction({
  name: "users.resetPassword",
  schema: resetPasswordSchema,
  permission: "manage-users",
  target: (input) => `user-id:${input.userId}`,
  // Neither the chosen password nor the generated one reaches the audit log.
  secretKeys: ["password"],
  run: async (input, { actor }) => {
    const target = await checkedTarget(actor.id, input.userId, { kind: "reset-password" });
    const password = await resetUserPassword(target.id, input.password);
    return {
      // Shown once to the admin who asked; only when the console chose it.
      data: { username: target.username, generatedPassword: input.password ? undefined : password },
      summary: `Reset ${target.username}'s password (${input.password ? "set by the admin" : "generated"}; their sessions ended)`,
    };
  },
});

export const deleteUserAction = defineAction({
  name: "users.delete",
  schema: deleteUserSchema,
  permission: "manage-users",
  target: (input) => `user-id:${input.userId}`,
  revalidate: () => ["/users"],
  run: async (input, { actor }) => {
    const target = await checkedTarget(actor.id, input.userId, { kind: "delete" });
    await deleteUser(target.id);
    return {
      data: { username: target.username },
      summary: `Deleted ${target.role ?? "no-role"} user ${target.username}`,
    };
  },
});
