import { auditStore } from "@/lib/audit";
import { getConnection } from "@/lib/aws/sts/identity";

export const dynamic = "force-dynamic";

/**
 * Readiness: 200 only when the console can do its job, i.e. AWS answers and the local store (audit log, users,
 * sessions) takes writes; 503 otherwise, saying which. Liveness is /api/health. Public, like every probe: it names
 * the failing dependency, never an account, endpoint or error text.
 */
export async function GET(): Promise<Response> {
  const aws = await awsCheck();
  const store = storeCheck();
  const isReady = aws.ok && store.ok;
  return Response.json(
    { ready: isReady, checks: { aws, store } },
    { status: isReady ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}

async function awsCheck(): Promise<{ ok: boolean; code?: string }> {
  const connection = await getConnection();
  return connection.status === "connected" ? { ok: true } : { ok: false, code: connection.error.code };
}

function storeCheck(): { ok: boolean } {
  try {
    return { ok: auditStore().isWritable() };
  } catch {
    return { ok: false };
  }
}
