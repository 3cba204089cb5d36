import { refuseUnless } from "@/lib/auth/route-guard";
import { AwsError, toAwsError } from "@/lib/aws/errors";
import { getChangeStatus } from "@/lib/aws/route53/change-record-sets";

export const dynamic = "force-dynamic";

/** The propagation status of a Route 53 change (PENDING → INSYNC); the record editor polls it every 2 s. */
export async function GET(_request: Request, { params }: { params: Promise<{ changeId: string }> }) {
  const refused = await refuseUnless("read");
  if (refused) return refused;
  const { changeId } = await params;
  if (!/^[A-Za-z0-9]{1,32}$/.test(changeId)) {
    return Response.json(
      { error: { code: "InvalidInput", message: "That is not a Route 53 change id." } },
      { status: 400 },
    );
  }
  try {
    const status = await getChangeStatus(changeId);
    return Response.json({ changeId, status }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    const mapped = error instanceof AwsError ? error : toAwsError(error, "read the status of the DNS change");
    return Response.json(
      { error: { code: mapped.code, message: mapped.message } },
      { status: 502, headers: { "cache-control": "no-store" } },
    );
  }
}
