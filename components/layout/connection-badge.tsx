import { Badge } from "@/components/ui/badge";
import type { Connection } from "@/lib/aws/sts/identity";

/** Says, at all times, whether the console talks to the local emulator or to a real AWS account. */
export function ConnectionBadge({ connection }: { connection: Connection }) {
  if (connection.status === "unavailable") {
    return (
      <Badge tone="red" title={connection.error.message}>
        {connection.target === "emulator" ? "Local emulator: unreachable" : "AWS: not connected"}
      </Badge>
    );
  }
  if (connection.target === "emulator") {
    return (
      <Badge
        tone="violet"
        title={`Endpoint ${connection.endpoint ?? ""}; nothing here touches a real AWS account`}
      >
        Local emulator
      </Badge>
    );
  }
  return (
    <span className="flex items-center gap-2">
      <Badge tone="amber" title="Changes made here apply to this real AWS account">
        AWS account {connection.accountId}
      </Badge>
      <span className="max-w-64 truncate text-xs text-slate-500" title={connection.arn}>
        {connection.arn}
      </span>
    </span>
  );
}
