import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Every page and route handler of the console, and who may reach it. The security spec checks this list against the
 * app/ directory (a new page or route cannot be left out) and requests each signed-in one anonymously.
 */
export const ROUTES: Record<string, "public" | "signed-in"> = {
  "/": "signed-in",
  "/login": "public",
  "/audit": "signed-in",
  "/advisor": "signed-in",
  "/advisor/export": "signed-in",
  "/users": "signed-in",
  "/iam": "signed-in",
  "/certificates": "signed-in",
  "/certificates/[certificateId]": "signed-in",
  "/certificates/import": "signed-in",
  "/certificates/request": "signed-in",
  "/health-checks": "signed-in",
  "/health-checks/new": "signed-in",
  "/hosted-zones": "signed-in",
  "/hosted-zones/new": "signed-in",
  "/hosted-zones/[zoneId]": "signed-in",
  "/hosted-zones/[zoneId]/export": "signed-in",
  "/hosted-zones/[zoneId]/import": "signed-in",
  "/hosted-zones/[zoneId]/records/edit": "signed-in",
  "/hosted-zones/[zoneId]/records/new": "signed-in",
  "/hosted-zones/[zoneId]/weights": "signed-in",
  "/load-balancers": "signed-in",
  "/load-balancers/new": "signed-in",
  "/load-balancers/[name]": "signed-in",
  "/load-balancers/[name]/troubleshoot": "signed-in",
  "/rollouts": "signed-in",
  "/rollouts/new": "signed-in",
  "/rollouts/[id]": "signed-in",
  "/simulator": "signed-in",
  "/simulator/us-states": "signed-in",
  "/simulator/world": "signed-in",
  "/target-groups": "signed-in",
  "/target-groups/[name]": "signed-in",
  "/target-groups/[name]/health": "signed-in",
  "/api/auth/[...all]": "public",
  "/api/audit/export": "signed-in",
  "/api/health": "public",
  "/api/health/ready": "public",
  "/api/hosted-zones/[zoneId]/export": "signed-in",
  "/api/hosted-zones/[zoneId]/records": "signed-in",
  "/api/route53/changes/[changeId]": "signed-in",
};

/** A concrete path for a route pattern: each dynamic segment becomes a made-up value. */
export function samplePath(route: string): string {
  return route.replace(/\[\.\.\.[^\]]+\]/g, "x/y").replace(/\[[^\]]+\]/g, "x");
}

/** The routes the app/ directory really has: each page.tsx and route.ts, route groups left out. */
export function routesOnDisk(appDir = path.resolve("app")): string[] {
  const found: string[] = [];
  const walk = (dir: string, segments: string[]): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_")) continue;
        walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (/^(page|route)\.tsx?$/.test(entry.name)) {
        found.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir, []);
  return [...new Set(found)].sort();
}

interface ActionManifest {
  node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }>;
}

/** Every server action of the build: its id, export name, and a page path that serves it. */
export function serverActions(): { id: string; name: string; path: string }[] {
  const manifest = JSON.parse(
    readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8"),
  ) as ActionManifest;
  return Object.entries(manifest.node).map(([id, action]) => {
    const worker = Object.keys(action.workers)[0] ?? "app/page";
    const route =
      worker
        .replace(/^app/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\/page$/, "") || "/";
    return { id, name: action.exportedName ?? id, path: samplePath(route) };
  });
}
