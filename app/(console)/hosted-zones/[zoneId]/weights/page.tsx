import { notFound } from "next/navigation";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import { listAllRecordSets } from "@/lib/aws/route53/list-record-sets";
import { safeRead } from "@/lib/aws/safe-read";
import { normalizeName } from "@/lib/route53/names";
import {
  carriedNote,
  carriedWeightsFor,
  parseWeights,
  type SearchParams,
} from "@/lib/simulator/carry-params";

import { ZoneSubpageHeader } from "../_bulk/zone-subpage-header";
import { type WeightedName, WeightsForm } from "./weights-form";

export const metadata = { title: "Bulk weights" };

async function load(zoneId: string) {
  const [zone, records] = await Promise.all([getHostedZone(zoneId), listAllRecordSets(zoneId)]);
  const byName = new Map<string, WeightedName>();
  for (const rrset of records) {
    if (rrset.Weight === undefined || rrset.SetIdentifier === undefined) continue;
    const name = normalizeName(rrset.Name ?? "");
    const entry = byName.get(name) ?? { name, types: [], members: [] };
    if (!entry.types.includes(rrset.Type ?? "")) entry.types.push(rrset.Type ?? "");
    entry.members.push({ setIdentifier: rrset.SetIdentifier, type: rrset.Type ?? "", weight: rrset.Weight });
    byName.set(name, entry);
  }
  return { zone, names: [...byName.values()] };
}

export default async function WeightsPage({
  params,
  searchParams,
}: {
  params: Promise<{ zoneId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ zoneId }, search] = await Promise.all([params, searchParams]);
  const result = await safeRead("read the zone's weighted records", () => load(zoneId));
  if (result.ok && !result.data.zone) notFound();
  const zoneName = result.ok && result.data.zone ? result.data.zone.name : zoneId;

  // Weights carried from the simulator's draft pre-fill the form, for names and set identifiers the zone has.
  const carried = parseWeights(search);
  const draft = carried && result.ok ? carriedWeightsFor(carried, result.data.names) : undefined;

  return (
    <>
      <ZoneSubpageHeader
        zoneId={zoneId}
        zoneName={zoneName}
        title="Bulk weights"
        description="Set the weights of records that share set identifiers (for example blue / green) on several names at once. Each name's share is weight / sum of its weights."
      />
      {!result.ok ? (
        <ErrorState
          title="Could not read the zone's records"
          message={result.error.message}
          code={result.error.code}
        />
      ) : result.data.names.length === 0 ? (
        <EmptyState title="No weighted records in this zone">
          Create weighted records (for example blue and green) to shift traffic between them here.
        </EmptyState>
      ) : (
        <WeightsForm
          key={JSON.stringify(draft ?? null)}
          zoneId={zoneId}
          names={result.data.names}
          draft={
            draft && { selected: draft.selected, weights: draft.weights, note: carriedNote(draft.values) }
          }
        />
      )}
    </>
  );
}
