export const NAV_ITEMS = [
  { href: "/advisor", label: "Advisor" },
  { href: "/load-balancers", label: "Load balancers" },
  { href: "/target-groups", label: "Target groups" },
  { href: "/certificates", label: "Certificates" },
  { href: "/hosted-zones", label: "Hosted zones" },
  { href: "/health-checks", label: "Health checks" },
  { href: "/simulator", label: "Simulator" },
  { href: "/rollouts", label: "Rollouts" },
  { href: "/audit", label: "Audit log" },
  { href: "/iam", label: "IAM policy" },
] as const;
