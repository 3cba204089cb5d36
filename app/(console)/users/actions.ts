"use server";

import { ActionRefusal, defineAction } from "@/lib/actions/define-action";
import { createLocalUser, listUsers } from "@/lib/auth/users";
import { createUserSchema } from "@/lib/schemas/user";

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
