import { PageHeader } from "@/components/layout/page-header";
import { can, currentActor } from "@/lib/auth/actor";
import { listUsers } from "@/lib/auth/users";

import { CreateUserForm } from "./_components/create-user-form";

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
        description="Local accounts and the people who signed in with single sign-on, with their roles."
      />
      <div className="mb-8 overflow-hidden rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Users</caption>
          <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2">
                Username
              </th>
              <th scope="col" className="px-4 py-2">
                Name
              </th>
              <th scope="col" className="px-4 py-2">
                Role
              </th>
              <th scope="col" className="px-4 py-2">
                Since (UTC)
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              <tr key={user.id}>
                <td className="px-4 py-2 font-mono text-xs">{user.username}</td>
                <td className="px-4 py-2">{user.name}</td>
                <td className="px-4 py-2">{user.role ?? "none"}</td>
                <td className="px-4 py-2 font-mono text-xs">
                  {new Date(user.createdAt).toISOString().slice(0, 16).replace("T", " ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mb-3 text-lg font-semibold">Add a local user</h2>
      <CreateUserForm />
    </>
  );
}
