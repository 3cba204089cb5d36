/**
 * Pages that read only the console's own data (the audit log, users, the IAM policy it needs): they keep working
 * while AWS cannot be reached, so the console layout must not replace them with "Cannot reach AWS".
 */
export const LOCAL_PAGE_PREFIXES = ["/audit", "/users", "/iam"] as const;

/** Whether the page at `pathname` needs AWS to be useful (unknown or missing paths do, to stay on the safe side). */
export function pageNeedsAws(pathname: string | null | undefined): boolean {
  if (!pathname) return true;
  return !LOCAL_PAGE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
