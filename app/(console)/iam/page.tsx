import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { IMPLIED_ACTIONS } from "@/lib/iam/operations";
import { fullPolicy, type PolicyDocument, readOnlyPolicy } from "@/lib/iam/policy";

import { CopyButton } from "./_components/copy-button";

export const metadata = { title: "IAM policy" };

function actionCount(policy: PolicyDocument): number {
  return policy.Statement.reduce((sum, statement) => sum + statement.Action.length, 0);
}

function PolicyCard({
  id,
  title,
  policy,
  children,
}: {
  id: string;
  title: string;
  policy: PolicyDocument;
  children: React.ReactNode;
}) {
  const json = JSON.stringify(policy, null, 2);
  return (
    <Card title={title} actions={<CopyButton text={json} label={`Copy ${title.toLowerCase()}`} />}>
      <div className="space-y-3">
        <p className="text-sm text-slate-700">{children}</p>
        <pre
          id={id}
          aria-label={`${title} JSON`}
          tabIndex={0}
          className="max-h-[28rem] overflow-auto rounded-md bg-slate-950 p-3 font-mono text-xs text-slate-100"
        >
          {json}
        </pre>
      </div>
    </Card>
  );
}

/** The IAM policies the console's role needs, derived from the AWS calls lib/aws makes (lib/iam). */
export default function IamPage() {
  const full = fullPolicy();
  const readOnly = readOnlyPolicy();
  return (
    <>
      <PageHeader
        title="IAM policy"
        description="What the console's AWS role needs: every action it calls and nothing else, derived from the console's own code. Attach one of these to the role or user the console runs as."
      />
      <div className="space-y-6">
        <PolicyCard id="policy-full" title="Console policy" policy={full}>
          {actionCount(full)} actions, for a console where operators and admins make changes.{" "}
          {IMPLIED_ACTIONS.map((item) => item.because).join("; ")}. The last statement lets the first load
          balancer in an account create Elastic Load Balancing&apos;s service-linked role, and nothing else in
          IAM. Resources are &quot;*&quot;: narrow them to your zones, load balancers and certificates if the
          console should manage only some.
        </PolicyCard>
        <PolicyCard id="policy-read-only" title="Read-only policy" policy={readOnly}>
          {actionCount(readOnly)} actions (Describe, List and Get only, the caller identity and CloudWatch
          reads among them), for a deployment where everyone is a viewer: AWS then refuses every change even
          if the console offered one.
        </PolicyCard>
      </div>
    </>
  );
}
