/** The Route 53 record-set shape, re-exported so UI code never imports the SDK itself. */
export type { ResourceRecordSet } from "@aws-sdk/client-route-53";
