import "server-only";

import { headers } from "next/headers";

import type { SessionUser } from "./actor";
import { getAuth } from "./auth";

/** The signed-in user of this request, or undefined without a valid, unexpired session. */
export async function sessionUser(requestHeaders?: Headers): Promise<SessionUser | undefined> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders ?? (await headers()) });
  return session?.user ?? undefined;
}
