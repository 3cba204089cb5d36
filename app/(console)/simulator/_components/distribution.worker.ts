import { distribution } from "@/lib/routing";

import type { DistributionRequest, DistributionResponse } from "./distribution-protocol";

// Runs simulated queries off the main thread so the page stays responsive during a 1,000,000-query run.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DistributionRequest>) => void) | null;
  postMessage: (message: DistributionResponse) => void;
};

scope.onmessage = (event) => {
  const { id, input, n, seed } = event.data;
  try {
    const started = performance.now();
    const result = distribution(input, n, seed);
    scope.postMessage({ id, ok: true, result: { ...result, ms: performance.now() - started } });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
