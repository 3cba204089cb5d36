import type { NextRequest } from "next/server";

import { auditStore } from "@/lib/audit";
import { auditQueryFrom, type AuditSearch, toCsv } from "@/lib/audit/audit-filters";
import { MAX_LIST } from "@/lib/audit/sqlite-audit-store";
import { refuseUnless } from "@/lib/auth/route-guard";

export const dynamic = "force-dynamic";

/** Downloads the audit entries matching /audit's filters: `?format=csv` (default) or `?format=json`, newest first. */
export async function GET(request: NextRequest) {
  const refused = await refuseUnless("read");
  if (refused) return refused;

  const search = Object.fromEntries(request.nextUrl.searchParams) as AuditSearch;
  const entries = auditStore().list({ ...auditQueryFrom(search), beforeId: undefined, limit: MAX_LIST });
  const isJson = request.nextUrl.searchParams.get("format") === "json";
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(isJson ? JSON.stringify(entries, null, 2) : toCsv(entries), {
    headers: {
      "content-type": isJson ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="routeboard-audit-${stamp}.${isJson ? "json" : "csv"}"`,
      "cache-control": "no-store",
    },
  });
}
