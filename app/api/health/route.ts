export const dynamic = "force-dynamic";

/** Liveness of the console process itself (not of AWS): the test harness waits on it. Readiness: /api/health/ready. */
export function GET() {
  return Response.json({ ok: true });
}
