"use client";

import dynamic from "next/dynamic";

// The editing flows render only once the operator opens one, so their code (forms, schemas, the action editor, the
// diff) loads then instead of with the page: it kept the load balancer page over the 200 kB first-load budget.
function loading() {
  return (
    <p role="status" className="text-sm text-slate-600">
      Loading the editor…
    </p>
  );
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
