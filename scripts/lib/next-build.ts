import { isBuildFresh, markBuildFresh } from "./build-cache";
import { UserFacingError } from "./ports";
import { runCommand } from "./run-command";

/** Builds the console for production unless .next already holds a build of the current sources. */
export async function ensureProductionBuild(
  root: string,
  log: (line: string) => void,
  options: { stdoutToStderr?: boolean } = {},
): Promise<void> {
  if (isBuildFresh(root)) {
    log("Production build is up to date: reusing .next");
    return;
  }
  log("Building the console (next build)…");
  const code = await runCommand("npx", ["next", "build"], {
    cwd: root,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
    ...options,
  });
  if (code !== 0) throw new UserFacingError("next build failed: see the errors above.");
  markBuildFresh(root);
}
