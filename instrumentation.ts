/** On server start: create the auth tables and the local admin account (printing a generated password once). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootstrapAuth } = await import("./lib/auth/bootstrap");
  await bootstrapAuth();
}
