"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";

/** Who is signed in, with which role, a link to the users page for admins, and sign-out. */
export function UserMenu({
  name,
  role,
  canManageUsers,
}: {
  name: string;
  role: string;
  canManageUsers: boolean;
}) {
  const [isPending, setIsPending] = useState(false);
  const router = useRouter();

  async function signOut(): Promise<void> {
    setIsPending(true);
    await fetch("/api/auth/sign-out", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    }).catch(() => undefined);
    router.replace("/login");
    router.refresh();
  }

  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="text-slate-700">
        <span className="font-medium" data-testid="signed-in-user">
          {name}
        </span>{" "}
        <span className="text-slate-500">({role})</span>
      </span>
      {canManageUsers && (
        <Link href="/users" className="text-sky-800 underline">
          Users
        </Link>
      )}
      <Button variant="ghost" disabled={isPending} onClick={() => void signOut()}>
        Sign out
      </Button>
    </div>
  );
}
