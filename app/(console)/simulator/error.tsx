"use client";

import { RouteError, type RouteErrorProps } from "@/components/layout/route-error";

export default function SimulatorError(props: RouteErrorProps) {
  return <RouteError title="The simulator could not be loaded" {...props} />;
}
