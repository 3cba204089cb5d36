"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@/components/actions/use-action";
import { Button } from "@/components/ui/button";

import { deleteCertificateAction } from "../actions";

/** Delete with a confirmation step; refused (saying by which listeners) while the certificate is in use. */
export function DeleteCertificateButton({
  certificateArn,
  domainName,
  usedBy,
}: {
  certificateArn: string;
  domainName: string;
  usedBy: string[];
}) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const { result, formAction, isPending } = useAction(deleteCertificateAction, {
    onSuccess: () => router.push("/certificates"),
  });

  return (
    <div className="space-y-2">
      {usedBy.length > 0 && (
        <p className="text-sm text-slate-700">
          In use by {usedBy.join(", ")}: replace it on{" "}
          {usedBy.length === 1 ? "that listener" : "those listeners"} before deleting it.
        </p>
      )}
      {isConfirming ? (
        <form
          action={(formData) => {
            setIsConfirming(false);
            formAction(formData);
          }}
          aria-label={`Confirm deleting certificate ${domainName}`}
          className="flex flex-wrap items-center gap-2"
        >
          <input type="hidden" name="certificateArn" value={certificateArn} />
          <span className="text-sm text-slate-800">
            Delete the certificate for {domainName}? This cannot be undone.
          </span>
          <Button type="submit" variant="danger">
            Delete certificate
          </Button>
          <Button variant="secondary" onClick={() => setIsConfirming(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <Button
          variant="secondary"
          className="text-red-700"
          disabled={isPending}
          onClick={() => setIsConfirming(true)}
        >
          {isPending ? "Deleting…" : "Delete certificate…"}
        </Button>
      )}
      {result.status === "error" && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {result.message}
        </p>
      )}
    </div>
  );
}
