import Link from "next/link";

import { CreateAliasForm } from "./create-alias-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { AliasRecordRef } from "@/lib/alb/types";
import type { LoadBalancerSummary } from "@/lib/alb/domain";
import { safeRead } from "@/lib/aws/safe-read";
import { recordKey } from "@/lib/route53/record-key";

import { aliasRecordsOf } from "../_lib/dependents";

/** Where the record's editor is: the zone's edit page keyed as the records table links it. */
function recordHref(record: AliasRecordRef): string {
  const key = recordKey({ Name: record.name, Type: record.type, SetIdentifier: record.setIdentifier });
  return `/hosted-zones/${encodeURIComponent(record.zoneId)}/records/edit?key=${encodeURIComponent(key)}`;
}

/** The DNS names that point at the load balancer (every zone), then the form to add one more. */
export async function DnsNames({
  lb,
  region,
  canCreate,
}: {
  lb: LoadBalancerSummary;
  region: string;
  /** Without "change-dns" the list is shown without the form to add a name. */
  canCreate: boolean;
}) {
  const result = await safeRead("find the DNS records pointing at the load balancer", () =>
    aliasRecordsOf(region, lb),
  );
  const records = result.ok ? result.data : [];

  return (
    <>
      <Card title="DNS names pointing here" className="xl:col-span-2">
        {!result.ok ? (
          <p role="alert" className="text-sm text-red-800">
            Could not read the hosted zones: {result.error.message}
          </p>
        ) : records.length === 0 ? (
          <p className="text-sm text-slate-600">
            No record in any hosted zone points at this load balancer yet: clients can only reach it by its
            AWS name <span className="font-mono text-xs">{lb.dnsName}</span>.
          </p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">DNS names pointing at {lb.name}</caption>
            <thead className="text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="py-1 pr-4">
                  Name
                </th>
                <th scope="col" className="py-1 pr-4">
                  Type
                </th>
                <th scope="col" className="py-1 pr-4">
                  Hosted zone
                </th>
                <th scope="col" className="py-1">
                  Record
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {records.map((record) => (
                <tr key={`${record.zoneId}|${record.name}|${record.type}|${record.setIdentifier ?? ""}`}>
                  <td className="py-1.5 pr-4">
                    <Link href={recordHref(record)} className="font-medium text-sky-800 hover:underline">
                      {record.name}
                    </Link>
                  </td>
                  <td className="py-1.5 pr-4">
                    <span className="font-mono text-xs">{record.type}</span>{" "}
                    {record.type === "CNAME" ? (
                      <Badge tone="gray">CNAME</Badge>
                    ) : (
                      <Badge tone="violet">alias</Badge>
                    )}
                  </td>
                  <td className="py-1.5 pr-4 text-xs">
                    {record.zoneName ?? record.zoneId}
                    {record.zoneIsPrivate ? " (private)" : ""}
                  </td>
                  <td className="py-1.5 text-xs text-slate-600">
                    {record.setIdentifier ? `set ${record.setIdentifier}` : "simple"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {canCreate && (
        <CreateAliasForm lb={lb} region={region} takenNames={records.map((record) => record.name)} />
      )}
    </>
  );
}
