import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "Simulator" };

export default function SimulatorPage() {
  return (
    <>
      <PageHeader title="Routing simulator" description="How Route 53 will answer, from anywhere, before and after a change." />
      <EmptyState title="Pick a hosted zone">Open a hosted zone and choose “Simulate routing”.</EmptyState>
    </>
  );
}
