"use server";

import { ActionRefusal, defineAction } from "@/lib/actions/define-action";
import { defineQuery } from "@/lib/actions/define-query";
import { idempotencyKey } from "@/lib/actions/idempotency";
import { can } from "@/lib/auth/actor";
import { deleteCertificate, importCertificate, requestCertificate } from "@/lib/aws/acm/certificate-writes";
import { getCertificate, validationRecords } from "@/lib/aws/acm/certificates";
import { listLoadBalancersWithListeners } from "@/lib/aws/elbv2/load-balancers";
import { createValidationRecords } from "@/lib/aws/route53/validation-records";
import { afterChange } from "@/lib/errors/partial-outcome";
import { currentRegion } from "@/lib/region";
import { certificateImportSchema } from "@/lib/schemas/certificate";

import { certificateProgress } from "./_lib/progress";
import { certificateArnSchema, certificateRequestFormSchema } from "./_lib/schemas";
import { certificateIdFromArn, certificateUses, labelOfUse } from "./_lib/usage";

export const requestCertificateAction = defineAction({
  name: "acm.requestCertificate",
  schema: certificateRequestFormSchema,
  permission: "change-certificates",
  target: (input) => input.domainName,
  run: async (input) => {
    const region = await currentRegion();
    const arn = await requestCertificate(region, { ...input, idempotencyToken: idempotencyKey(input) });
    const names = [input.domainName, ...input.subjectAlternativeNames];
    const done = `Requested a public certificate for ${names.join(", ")} (${input.keyAlgorithm}, DNS validation) in ${region}`;
    // Read back so the result says what ACM holds now; a failure here must not hide that the certificate exists.
    const cert = await afterChange(
      { done, created: [{ kind: "certificate", id: arn }] },
      "reading it back",
      () => getCertificate(region, arn),
    );
    return {
      data: { id: certificateIdFromArn(arn), arn },
      summary: `${done}: ${cert?.status ?? "status not known yet"}`,
      details: { arn, region },
    };
  },
  revalidate: () => ["/certificates"],
});

export const importCertificateAction = defineAction({
  name: "acm.importCertificate",
  schema: certificateImportSchema,
  permission: "change-certificates",
  target: () => "new imported certificate",
  // The key must never come back to the browser nor reach the audit log.
  secretKeys: ["privateKey"],
  run: async (input) => {
    const region = await currentRegion();
    const arn = await importCertificate(region, input);
    const cert = await afterChange(
      { done: `Imported the certificate in ${region}`, created: [{ kind: "certificate", id: arn }] },
      "reading it back",
      () => getCertificate(region, arn),
    );
    return {
      data: { id: certificateIdFromArn(arn), arn },
      summary: `Imported a certificate for ${cert?.domainName ?? "an unnamed domain"} in ${region} (${arn})`,
      details: { arn, region },
    };
  },
  revalidate: () => ["/certificates"],
});

export const deleteCertificateAction = defineAction({
  name: "acm.deleteCertificate",
  schema: certificateArnSchema,
  permission: "change-certificates",
  target: (input) => input.certificateArn,
  run: async (input) => {
    const region = await currentRegion();
    const cert = await getCertificate(region, input.certificateArn);
    if (!cert)
      throw new ActionRefusal(
        "This certificate no longer exists: someone may have deleted it already.",
        "NotFound",
      );

    const lbs = await listLoadBalancersWithListeners(region);
    const uses = certificateUses(
      cert,
      lbs.map((lb) => ({
        ...lb,
        aliasHosts: [],
        listeners: lb.listeners.map((l) => ({ ...l, ruleHosts: [] })),
      })),
    );
    if (uses.length > 0) {
      throw new ActionRefusal(
        `${cert.domainName} is still in use by ${uses.map(labelOfUse).join(", ")}. Replace it on ${uses.length === 1 ? "that listener" : "those listeners"} first; nothing was deleted.`,
        "CertificateInUse",
        undefined,
        { usedBy: uses.map(labelOfUse) },
      );
    }
    await deleteCertificate(region, cert.arn);
    return {
      data: { arn: cert.arn },
      summary: `Deleted the certificate for ${cert.domainName} (${cert.arn})`,
    };
  },
  revalidate: () => ["/certificates"],
});

export const createValidationRecordsAction = defineAction({
  name: "acm.createValidationRecords",
  schema: certificateArnSchema,
  permission: "change-certificates",
  target: (input) => input.certificateArn,
  run: async (input, { actor }) => {
    if (!can(actor, "change-dns")) {
      throw new ActionRefusal(
        'Creating the validation records changes DNS: you also need "change-dns".',
        "Forbidden",
      );
    }
    const region = await currentRegion();
    const cert = await getCertificate(region, input.certificateArn);
    if (!cert)
      throw new ActionRefusal("This certificate no longer exists: someone may have deleted it.", "NotFound");
    const records = validationRecords(cert);
    if (records.length === 0) {
      throw new ActionRefusal(
        "ACM has not published the validation records yet. Refresh in a few seconds and try again.",
        "NotReady",
      );
    }

    const created = await createValidationRecords(records, {
      comment: `Routeboard: ACM validation for ${cert.domainName}`,
    });
    const zones = [...new Set(created.batches.map((batch) => batch.zoneName.replace(/\.$/, "")))];
    if (created.records.length === 0) {
      throw new ActionRefusal(
        `No public hosted zone in this account holds ${created.unmatched.map((r) => r.name).join(", ")}. Create the CNAMEs where the domain's DNS is hosted.`,
        "NoMatchingZone",
      );
    }
    const unmatched = created.unmatched.length
      ? ` ${created.unmatched.length} record(s) have no public zone here and must be created where their DNS is hosted: ${created.unmatched.map((r) => r.name).join(", ")}.`
      : "";
    return {
      data: { changeIds: created.batches.map((batch) => batch.changeId), records: created.records.length },
      summary: `Upserted ${created.records.length} ACM validation CNAME(s) for ${cert.domainName} in ${zones.join(", ")}`,
      message: `Created ${created.records.length} validation record${created.records.length === 1 ? "" : "s"} in ${zones.join(", ")}. Keep ${created.records.length === 1 ? "it" : "them"}: ACM uses ${created.records.length === 1 ? "it" : "them"} again to renew.${unmatched}`,
      details: {
        zones,
        changeIds: created.batches.map((batch) => batch.changeId),
        unmatched: created.unmatched.map((r) => r.name),
      },
    };
  },
  revalidate: () => ["/certificates"],
});

/** The certificate page's poll while validation is pending: one DescribeCertificate, not the whole inventory. */
export const readCertificateProgressQuery = defineQuery({
  name: "acm.readCertificateProgress",
  schema: certificateArnSchema,
  run: async (input) => {
    const cert = await getCertificate(await currentRegion(), input.certificateArn);
    if (!cert)
      throw new ActionRefusal("This certificate no longer exists: someone may have deleted it.", "NotFound");
    return certificateProgress(cert);
  },
});
