import path from "node:path";

/** The repository root, whatever the current directory. */
export const projectRoot = path.resolve(import.meta.dirname, "..", "..");
