import Link from "next/link";
import type { ReactNode } from "react";

import { AwsUnavailable } from "@/components/layout/aws-unavailable";
import { ConnectionBadge } from "@/components/layout/connection-badge";
import { RegionSelect } from "@/components/layout/region-select";
import { SidebarNav } from "@/components/layout/sidebar-nav";
import { getConnection } from "@/lib/aws/sts/identity";
import { availableRegions, currentRegion } from "@/lib/region";

import { selectRegionAction } from "./region-actions";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const [connection, region] = await Promise.all([getConnection(), currentRegion()]);

  return (
    <div className="grid min-h-screen grid-cols-[14rem_1fr]">
      <aside className="flex flex-col gap-6 bg-slate-900 py-4">
        <Link href="/" className="px-5 text-lg font-semibold tracking-tight text-white">
          Routeboard
        </Link>
        <SidebarNav />
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="flex items-center justify-between gap-4 border-b border-slate-200 bg-white px-6 py-2.5">
          <RegionSelect regions={availableRegions()} current={region} onChange={selectRegionAction} />
          <ConnectionBadge connection={connection} />
        </header>
        <main id="main" className="min-w-0 flex-1 p-6">
          {connection.status === "unavailable" ? <AwsUnavailable connection={connection} /> : children}
        </main>
      </div>
    </div>
  );
}
