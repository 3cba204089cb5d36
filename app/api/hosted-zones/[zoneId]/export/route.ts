import type { NextRequest } from "next/server";

import { refuseUnless } from "@/lib/auth/route-guard";
import { AwsError, toAwsError } from "@/lib/aws/errors";
import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import { listAllRecordSets } from "@/lib/aws/route53/list-record-sets";
import { exportBind, exportJson } from "@/lib/route53/zone-file";

export const dynamic = "force-dynamic";

/** Downloads the zone's record sets: `?format=bind` (default) as a BIND zone file, `?format=json` as ListResourceRecordSets JSON. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ zoneId: string }> }) {
  const refused = await refuseUnless("read");
  if (refused) return refused;
  const { zoneId } = await params;
  const format = request.nextUrl.searchParams.get("format") === "json" ? "json" : "bind";
  try {
    const zone = await getHostedZone(zoneId);
    if (!zone)
      return Response.json(
        { error: { code: "NoSuchHostedZone", message: "This hosted zone does not exist." } },
        { status: 404 },
      );
    const records = await listAllRecordSets(zoneId);
    const base = zone.name.replace(/\.$/, "") || "zone";
    const body = format === "json" ? exportJson(records) : exportBind(zone.name, records);
    return new Response(body, {
      headers: {
        "content-type": format === "json" ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
        "content-disposition": `attachment; filename="${base}.${format === "json" ? "json" : "zone"}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    const mapped = error instanceof AwsError ? error : toAwsError(error, "export the hosted zone");
    return Response.json(
      { error: { code: mapped.code, message: mapped.message } },
      { status: mapped.kind === "not-found" ? 404 : 502 },
    );
  }
}
