import "server-only";

import { ADMIN_USERNAME } from "./auth-config";
import { ensureAdmin } from "./users";

/** Creates the local admin at start; a generated password is printed once, here, and never stored in clear. */
export async function bootstrapAuth(): Promise<void> {
  const generated = await ensureAdmin(process.env.ROUTEBOARD_ADMIN_PASSWORD || undefined);
  if (!generated) return;
  process.stdout.write(
    [
      "",
      "┌ Routeboard: first start, a local administrator was created.",
      `│ Username: ${ADMIN_USERNAME}`,
      `│ Password: ${generated}`,
      "└ This password is shown only now. Set ROUTEBOARD_ADMIN_PASSWORD to choose it instead.",
      "",
    ].join("\n"),
  );
}
