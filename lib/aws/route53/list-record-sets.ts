import type { ResourceRecordSet, RRType } from "@aws-sdk/client-route-53";
import { ListResourceRecordSetsCommand } from "@aws-sdk/client-route-53";

import { clients } from "../clients";
import { callAws } from "../errors";

/** Route 53 returns at most 300 record sets per ListResourceRecordSets page. */
export const ROUTE53_MAX_PAGE_SIZE = 300;

export interface RecordSetPage {
  recordSets: ResourceRecordSet[];
  /** The token for the next page, or undefined on the last page. */
  next?: RecordSetCursor;
}

/** Route 53's three-part continuation token. */
export interface RecordSetCursor {
  name: string;
  type: RRType;
  identifier?: string;
}

/** Where a page starts: a continuation token, or a name alone (that name's first record in Route 53's order). */
export type RecordSetStart = RecordSetCursor | { name: string; type?: undefined; identifier?: undefined };

/**
 * Fetches one page of a zone's record sets, starting at `cursor` (the zone's first record when omitted); `maxItems`
 * below 300 for a read that wants only the few records where it starts.
 */
export async function listRecordSetPage(
  hostedZoneId: string,
  cursor?: RecordSetStart,
  maxItems = ROUTE53_MAX_PAGE_SIZE,
): Promise<RecordSetPage> {
  const response = await callAws("list the records of the hosted zone", () =>
    clients.route53().send(
      new ListResourceRecordSetsCommand({
        HostedZoneId: hostedZoneId,
        MaxItems: maxItems,
        StartRecordName: cursor?.name,
        StartRecordType: cursor?.type,
        StartRecordIdentifier: cursor?.identifier,
      }),
    ),
  );

  const next =
    response.IsTruncated && response.NextRecordName && response.NextRecordType
      ? {
          name: response.NextRecordName,
          type: response.NextRecordType,
          identifier: response.NextRecordIdentifier,
        }
      : undefined;
  return { recordSets: response.ResourceRecordSets ?? [], next };
}

/**
 * Pages through every record set of a zone in Route 53's order (names sorted with labels reversed),
 * yielding each page as soon as it arrives so the first rows can render before the last page is read.
 */
export async function* listRecordSetPages(hostedZoneId: string): AsyncGenerator<ResourceRecordSet[]> {
  let cursor: RecordSetCursor | undefined;
  do {
    const page = await listRecordSetPage(hostedZoneId, cursor);
    yield page.recordSets;
    cursor = page.next;
  } while (cursor);
}

/** Every record set of a zone, in Route 53's order. */
export async function listAllRecordSets(hostedZoneId: string): Promise<ResourceRecordSet[]> {
  const all: ResourceRecordSet[] = [];
  for await (const page of listRecordSetPages(hostedZoneId)) all.push(...page);
  return all;
}
