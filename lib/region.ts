import { cookies } from "next/headers";

import { appEnv } from "@/lib/env";

export const REGION_COOKIE = "rb-region";

/** The regions the console offers in its selector. */
export function availableRegions(): string[] {
  return appEnv().ROUTEBOARD_REGIONS;
}

/** The region the operator picked (cookie), falling back to AWS_REGION. */
export async function currentRegion(): Promise<string> {
  const regions = availableRegions();
  const picked = (await cookies()).get(REGION_COOKIE)?.value;
  if (picked && regions.includes(picked)) return picked;

  const fallback = appEnv().AWS_REGION;
  return regions.includes(fallback) ? fallback : (regions[0] ?? fallback);
}
