"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";

import { can, currentActor } from "@/lib/auth/actor";
import { availableRegions, REGION_COOKIE } from "@/lib/region";

/** Switches the region the console reads and writes. Not audited: it changes nothing in AWS. */
export async function selectRegionAction(region: string): Promise<void> {
  if (!can(await currentActor(), "read")) return;
  if (!availableRegions().includes(region)) return;
  (await cookies()).set(REGION_COOKIE, region, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: 60 * 60 * 24 * 365,
  });
  revalidatePath("/", "layout");
}
