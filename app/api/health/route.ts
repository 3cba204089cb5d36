export const dynamic = "force-dynamic";

/** Liveness of the console itself (not of AWS): used by the test harness to know the server is up. */
export function GET() {
  return Response.json({ ok: true });
}
