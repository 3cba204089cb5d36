"use client";

import { RouteError, type RouteErrorProps } from "@/components/layout/route-error";

export default function ConsoleError(props: RouteErrorProps) {
  return <RouteError title="This page could not be loaded" {...props} />;
}
