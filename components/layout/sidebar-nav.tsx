"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

import { cx } from "@/components/ui/cx";

import { NAV_ITEMS } from "./nav-items";

/** `badges`: something to show beside an item, by its href (e.g. the advisor's count, streamed by the layout). */
export function SidebarNav({ badges = {} }: { badges?: Readonly<Record<string, ReactNode>> }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-0.5 px-2">
      {NAV_ITEMS.map((item) => {
        const isActive = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={isActive ? "page" : undefined}
            className={cx(
              "flex items-center justify-between gap-2 rounded-md px-3 py-1.5 text-sm",
              isActive
                ? "bg-slate-800 font-medium text-white"
                : "text-slate-300 hover:bg-slate-800/60 hover:text-white",
            )}
          >
            {item.label}
            {badges[item.href]}
          </Link>
        );
      })}
    </nav>
  );
}
