import type { AdvisorFix } from "@/lib/advisor/types";
import type { Permission } from "@/lib/auth/roles";

import { DeleteTargetGroupFixButton } from "./delete-target-group-fix";
import { RecordTtlFixButton } from "./record-ttl-fix";
import { RedirectFixButton } from "./redirect-fix";

/** Who may apply a fix: the permission of the manual edit it goes through. */
export const FIX_PERMISSION: Record<AdvisorFix["kind"], Permission> = {
  "listener-redirect-to-https": "change-load-balancers",
  "delete-target-group": "change-load-balancers",
  "set-record-ttl": "change-dns",
};

/** The one-step fix of a finding, by kind: each previews and applies through the manual edit's own action. */
export function FindingFix({ fix, region, title }: { fix: AdvisorFix; region: string; title: string }) {
  switch (fix.kind) {
    case "listener-redirect-to-https":
      return <RedirectFixButton fix={fix} region={region} title={title} />;
    case "delete-target-group":
      return <DeleteTargetGroupFixButton fix={fix} region={region} title={title} />;
    case "set-record-ttl":
      return <RecordTtlFixButton fix={fix} title={title} />;
  }
}
