import { redirect } from "next/navigation";

import { oidcConfigFrom } from "@/lib/auth/auth-config";
import { currentActor } from "@/lib/auth/actor";
import { safeNextPath } from "@/lib/security/public-paths";

import { SignInForm } from "./_components/sign-in-form";

export const metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; error?: string }>;
}) {
  const { next, error } = await searchParams;
  const destination = safeNextPath(next);
  const actor = await currentActor();
  if (actor.role) redirect(destination);

  const oidc = oidcConfigFrom(process.env);

  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold tracking-tight text-slate-900">Sign in to Routeboard</h1>
        <p className="mt-1 text-sm text-slate-600">
          Load balancers and Route 53 routing for the image service.
        </p>
        <SignInForm
          next={destination}
          oidcName={oidc?.displayName}
          initialError={error ? "Single sign-on did not complete. Try again." : undefined}
        />
      </div>
    </main>
  );
}
