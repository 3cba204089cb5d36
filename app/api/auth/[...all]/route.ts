import { getAuth } from "@/lib/auth/auth";

export const dynamic = "force-dynamic";

// Better Auth's endpoints: sign-in (username, OIDC), the OIDC callback, session and sign-out.
async function handle(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export { handle as GET, handle as POST };
