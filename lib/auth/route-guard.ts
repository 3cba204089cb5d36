import { can, currentActor, type Permission } from "./actor";

/**
 * For route handlers: a 401 (no session) or 403 (role lacks the permission) response to return at once, or undefined
 * when the caller may go on. The proxy refuses anonymous callers too; this is the check that counts.
 */
export async function refuseUnless(permission: Permission): Promise<Response | undefined> {
  const actor = await currentActor();
  if (can(actor, permission)) return undefined;
  const isSignedIn = actor.role !== undefined;
  return Response.json(
    {
      error: isSignedIn
        ? { code: "Forbidden", message: `You are not allowed to do this (needs "${permission}").` }
        : { code: "Unauthenticated", message: "Sign in first." },
    },
    { status: isSignedIn ? 403 : 401, headers: { "cache-control": "no-store" } },
  );
}
