import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { type Column, Table } from "@/components/ui/table";
import { can, currentActor } from "@/lib/auth/actor";
import { type LocalUser, listUsers } from "@/lib/auth/users";

import { CreateUserForm } from "./_components/create-user-form";
import { UserActions } from "./_components/user-actions";

function columns(actorId: string): Column<LocalUser>[] {
  return [
    { id: "username", header: "Username", className: "font-mono text-xs", cell: (user) => user.username },
    { id: "name", header: "Name", cell: (user) => user.name },
    { id: "role", header: "Role", cell: (user) => user.role ?? "none" },
    {
      id: "since",
      header: "Since (UTC)",
      className: "font-mono text-xs",
      cell: (user) => new Date(user.createdAt).toISOString().slice(0, 16).replace("T", " "),
    },
    {
      id: "actions",
      header: "Change",
      cell: (user) => (
        <UserActions
          user={{ id: user.id, username: user.username, role: user.role }}
          isSelf={user.username === actorId}
        />
      ),
    },
  ];
}

export const metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const actor = await currentActor();
  if (!can(actor, "manage-users")) {
    return <PageHeader title="Users" description="Only an admin can see and add users." />;
  }
  const users = await listUsers();

  return (
    <>
      <PageHeader
        title="Users"
        description="Local accounts and the people who signed in with single sign-on, with their roles. Every change here is audited."
      />
      <div className="mb-8">
        <Table
          caption="Users"
          columns={columns(actor.id)}
          rows={users}
          rowKey={(user) => user.id}
          empty={<EmptyState title="No users yet" />}
        />
      </div>
      <h2 className="mb-3 text-lg font-semibold">Add a local user</h2>
      <CreateUserForm />
    </>
  );
}
