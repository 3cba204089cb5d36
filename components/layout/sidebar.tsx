"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useState } from "react";

import { cx } from "@/components/ui/cx";

import { SidebarNav } from "./sidebar-nav";

/**
 * The console's navigation: a sidebar from the md breakpoint up; below it a top bar whose Menu button shows and hides
 * the same links (a phone is read-mostly, the content gets the whole width). The menu closes on navigation and Escape.
 */
export function Sidebar({ badges }: { badges?: Readonly<Record<string, ReactNode>> }) {
  const [isOpen, setIsOpen] = useState(false);
  const pathname = usePathname();

  // A link was followed: the menu has done its job. Set during render (not in an effect), as React advises for
  // state that follows a prop.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setIsOpen(false);
  }

  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === "Escape") {
        setIsOpen(false);
        document.getElementById("main-menu-button")?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [isOpen]);

  return (
    <aside className="bg-slate-900 md:flex md:flex-col md:gap-6 md:py-4">
      <div className="flex items-center justify-between gap-4 px-4 py-2.5 md:px-5 md:py-0">
        <Link href="/" className="text-lg font-semibold tracking-tight text-white">
          Routeboard
        </Link>
        <button
          id="main-menu-button"
          type="button"
          aria-expanded={isOpen}
          aria-controls="main-nav"
          onClick={() => setIsOpen((open) => !open)}
          className="inline-flex items-center gap-2 rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-200 hover:bg-slate-800 md:hidden"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth={1.75}
            strokeLinecap="round"
          >
            {isOpen ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 6h14M3 10h14M3 14h14" />}
          </svg>
          Menu
        </button>
      </div>
      <div id="main-nav" className={cx("pb-3 md:block md:pb-0", isOpen ? "block" : "hidden")}>
        <SidebarNav badges={badges} />
      </div>
    </aside>
  );
}
