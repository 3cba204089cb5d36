import { refuseUnless } from "@/lib/auth/route-guard";
import { AwsError, toAwsError } from "@/lib/aws/errors";
import { describeTargetHealthWithZones } from "@/lib/aws/elbv2/target-groups";
import { currentRegion } from "@/lib/region";

export const dynamic = "force-dynamic";

const ARN = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/[A-Za-z0-9-]+\/[0-9a-f]+$/;

/** The target group's per-target health, polled every 5 s by its page. `?arn=` names the group. */
export async function GET(request: Request) {
  const refused = await refuseUnless("read");
  if (refused) return refused;
  const arn = new URL(request.url).searchParams.get("arn") ?? "";
  if (!ARN.test(arn)) {
    return Response.json(
      { error: { code: "InvalidInput", message: "That is not a target group ARN." } },
      { status: 400 },
    );
  }
  try {
    const targets = await describeTargetHealthWithZones(await currentRegion(), arn);
    return Response.json(
      { targets, checkedAt: new Date().toISOString() },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    const mapped = error instanceof AwsError ? error : toAwsError(error, "read the target health");
    return Response.json(
      { error: { code: mapped.code, message: mapped.message } },
      { status: 502, headers: { "cache-control": "no-store" } },
    );
  }
}
