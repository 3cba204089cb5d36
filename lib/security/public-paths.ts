/**
 * The only paths served without a session: the sign-in page, Better Auth's own endpoints (sign-in, OIDC callback,
 * sign-out) and the health probes that orchestrators call. Everything else needs a signed-in user.
 */
const PUBLIC_PREFIXES = ["/api/auth/", "/api/health"];
const PUBLIC_PATHS = ["/login"];

export function isPublicPath(pathname: string): boolean {
  return (
    PUBLIC_PATHS.includes(pathname) ||
    PUBLIC_PREFIXES.some(
      (prefix) =>
        pathname === prefix.replace(/\/$/, "") ||
        pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`),
    )
  );
}

/** A `next` parameter safe to redirect to after sign-in: a path on this site, never another origin. */
export function safeNextPath(value: string | null | undefined): string {
  if (
    !value ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\") ||
    value.startsWith("/login")
  )
    return "/";
  return value;
}
