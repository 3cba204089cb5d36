// Next calls register() once when a server process starts: the auth tables and the local admin account first, then
// the rollout controller, which lives in that process so that a rollout keeps running (and resumes after a restart)
// without a browser open. ROUTEBOARD_ROLLOUT_CONTROLLER=off leaves it out (e.g. a read-only replica; another console
// process then drives the rollouts).

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootstrapAuth } = await import("./lib/auth/bootstrap");
  await bootstrapAuth();
  if (process.env.ROUTEBOARD_ROLLOUT_CONTROLLER === "off") return;
  const { startRolloutController } = await import("@/lib/rollouts/process");
  startRolloutController();
}
