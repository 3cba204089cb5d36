import type { ReactNode } from "react";

import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can, currentActor, type Permission } from "@/lib/auth/actor";

/**
 * Renders `children` (a page that changes something) only for a user whose role has `permission`; anyone else gets
 * a short notice instead of controls they could not use. The action behind the page refuses them anyway.
 */
export async function RequirePermission({
  permission,
  what,
  back,
  children,
}: {
  permission: Permission;
  /** Completes "Your role can read … but not change it", e.g. "this zone's records". */
  what: string;
  back: { href: string; label: string };
  children: ReactNode;
}) {
  const actor = await currentActor();
  if (can(actor, permission)) return children;
  return (
    <EmptyState
      title="Read-only for your role"
      action={<ButtonLink href={back.href}>{back.label}</ButtonLink>}
    >
      Your role ({actor.role ?? "none"}) can read {what} but not change it (needs “{permission}”). Ask an
      admin if you need to.
    </EmptyState>
  );
}
