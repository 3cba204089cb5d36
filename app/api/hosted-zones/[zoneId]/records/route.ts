import type { NextRequest } from "next/server";

import { refuseUnless } from "@/lib/auth/route-guard";
import { AwsError, toAwsError } from "@/lib/aws/errors";
import { listRecordSetPage, type RecordSetCursor } from "@/lib/aws/route53/list-record-sets";

export const dynamic = "force-dynamic";

/**
 * Streams a zone's record sets as NDJSON, one line per Route 53 page ({"recordSets":[…]}), starting
 * at the given cursor, so the table grows while later pages are still being read.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ zoneId: string }> }) {
  const refused = await refuseUnless("read");
  if (refused) return refused;
  const { zoneId } = await params;
  const search = request.nextUrl.searchParams;
  const startName = search.get("name");
  const startType = search.get("type");
  let cursor: RecordSetCursor | undefined =
    startName && startType
      ? {
          name: startName,
          type: startType as RecordSetCursor["type"],
          identifier: search.get("identifier") ?? undefined,
        }
      : undefined;

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const page = await listRecordSetPage(zoneId, cursor);
        controller.enqueue(encoder.encode(`${JSON.stringify({ recordSets: page.recordSets })}\n`));
        cursor = page.next;
        if (!cursor) controller.close();
      } catch (error) {
        const mapped =
          error instanceof AwsError ? error : toAwsError(error, "list the records of the hosted zone");
        controller.enqueue(
          encoder.encode(`${JSON.stringify({ error: { code: mapped.code, message: mapped.message } })}\n`),
        );
        controller.close();
      }
    },
  });

  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson", "cache-control": "no-store" },
  });
}
