import { redirect } from "next/navigation";
import { type ReactNode, Suspense } from "react";

import { AdvisorNavBadge } from "@/components/advisor/advisor-nav-badge";
import { UserMenu } from "@/components/auth/user-menu";
import { AwsGate } from "@/components/layout/aws-gate";
import { AwsUnavailable } from "@/components/layout/aws-unavailable";
import { ConnectionBadge } from "@/components/layout/connection-badge";
import { RegionSelect } from "@/components/layout/region-select";
import { Sidebar } from "@/components/layout/sidebar";
import { can, currentActor } from "@/lib/auth/actor";
import { getConnection } from "@/lib/aws/sts/identity";
import { availableRegions, currentRegion } from "@/lib/region";

import { selectRegionAction } from "./region-actions";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  // The proxy already sends anonymous callers to /login; this holds even if its matcher ever misses a path.
  if (!can(actor, "read")) redirect("/login");
  const [connection, region] = await Promise.all([getConnection(), currentRegion()]);

  return (
    // Below md the sidebar becomes a top bar with a Menu button; minmax(0,1fr) lets wide content scroll inside its own
    // box instead of widening the page.
    <div className="min-h-screen md:grid md:grid-cols-[14rem_minmax(0,1fr)]">
      <Sidebar
        badges={{
          "/advisor": connection.status !== "unavailable" && (
            <Suspense fallback={null}>
              <AdvisorNavBadge region={region} />
            </Suspense>
          ),
        }}
      />
      <div className="flex min-w-0 flex-col">
        <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-2.5 md:px-6">
          <RegionSelect regions={availableRegions()} current={region} onChange={selectRegionAction} />
          <div className="flex flex-wrap items-center gap-4">
            <ConnectionBadge connection={connection} />
            <UserMenu
              name={actor.displayName}
              role={actor.role ?? "no role"}
              canManageUsers={can(actor, "manage-users")}
            />
          </div>
        </header>
        <main id="main" className="min-w-0 flex-1 p-4 md:p-6">
          {/* The audit log and the other local pages read only the console's own store: they render without AWS. */}
          <AwsGate
            unavailable={
              connection.status === "unavailable" ? <AwsUnavailable connection={connection} /> : undefined
            }
          >
            {children}
          </AwsGate>
        </main>
      </div>
    </div>
  );
}
