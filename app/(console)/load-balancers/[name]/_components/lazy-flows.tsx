"use client";

import dynamic from "next/dynamic";

import { LoadingStatus } from "@/components/ui/loading-status";

// The editing flows and forms render only once the operator opens one, so their code (forms, zod schemas, the action
// editor, the diff, the review kit) loads then instead of with the page: it kept the load balancer page at the
// 200 kB first-load budget. The page renders the read-only views and imports the editors from here only.
function loading() {
  return <LoadingStatus label="Loading the editor…" />;
}

export const AddListenerFlow = dynamic(() => import("./add-listener-flow").then((m) => m.AddListenerFlow), {
  loading,
});
export const CertificateFlow = dynamic(() => import("./listener-flows").then((m) => m.CertificateFlow), {
  loading,
});
export const DeleteListenerFlow = dynamic(
  () => import("./listener-flows").then((m) => m.DeleteListenerFlow),
  {
    loading,
  },
);
export const ListenerSettingsFlow = dynamic(
  () => import("./listener-flows").then((m) => m.ListenerSettingsFlow),
  { loading },
);
export const DeleteRuleFlow = dynamic(() => import("./rule-flows").then((m) => m.DeleteRuleFlow), {
  loading,
});
export const RuleFlow = dynamic(() => import("./rule-flows").then((m) => m.RuleFlow), { loading });
export const AttributesForm = dynamic(() => import("./attributes-form").then((m) => m.AttributesForm), {
  loading,
});
export const NetworkForm = dynamic(() => import("./network-form").then((m) => m.NetworkForm), { loading });
export const DeleteLoadBalancer = dynamic(
  () => import("./delete-load-balancer").then((m) => m.DeleteLoadBalancer),
  { loading },
);
export const CreateAliasFormFields = dynamic(
  () => import("./create-alias-form-fields").then((m) => m.CreateAliasFormFields),
  { loading },
);
