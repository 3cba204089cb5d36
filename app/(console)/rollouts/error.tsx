"use client";

import { RouteError, type RouteErrorProps } from "@/components/layout/route-error";

export default function RolloutsError(props: RouteErrorProps) {
  return <RouteError title="The rollouts could not be loaded" {...props} />;
}
