import "server-only";

import { randomBytes } from "node:crypto";

import { ADMIN_USERNAME, localEmail } from "./auth-config";
import { type Auth, getAuth } from "./auth";
import { isRole, type Role } from "./roles";

export interface LocalUser {
  id: string;
  username: string;
  name: string;
  role: Role | undefined;
  createdAt: Date;
}

interface UserRow {
  id: string;
  name: string;
  email: string;
  username?: string | null;
  role?: unknown;
  createdAt: Date;
}

/** Creates a local (username + password) user with a role; the password is stored only as Better Auth's scrypt hash. */
export async function createLocalUser(
  input: { username: string; name?: string; role: Role; password: string },
  auth?: Auth,
): Promise<LocalUser> {
  const context = await (auth ?? (await getAuth())).$context;
  const username = input.username.toLowerCase();
  const user = (await context.internalAdapter.createUser(
    {
      email: localEmail(username),
      emailVerified: true,
      name: input.name ?? username,
      username,
      displayUsername: input.username,
      role: input.role,
    },
    { method: "admin" },
  )) as UserRow;
  await context.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: await context.password.hash(input.password),
  });
  return toLocalUser(user);
}

/** Gives a user another role; their sessions end so the new role applies at once (sessions cache the user). */
export async function setUserRole(userId: string, role: Role, auth?: Auth): Promise<void> {
  const context = await (auth ?? (await getAuth())).$context;
  await context.internalAdapter.updateUser(userId, { role });
  await context.internalAdapter.deleteUserSessions(userId);
}

/**
 * Sets a new password (generated when none is given, and returned so the admin can pass it on once); the user's
 * sessions end, so whoever knew the old password is signed out.
 */
export async function resetUserPassword(userId: string, password?: string, auth?: Auth): Promise<string> {
  const context = await (auth ?? (await getAuth())).$context;
  const chosen = password ?? randomBytes(18).toString("base64url");
  const hash = await context.password.hash(chosen);
  const credential = await context.internalAdapter.findCredentialAccount(userId);
  if (credential) await context.internalAdapter.updatePassword(userId, hash);
  else
    await context.internalAdapter.linkAccount({
      userId,
      providerId: "credential",
      accountId: userId,
      password: hash,
    });
  await context.internalAdapter.deleteUserSessions(userId);
  return chosen;
}

/** Deletes a user with their sign-in accounts and sessions. */
export async function deleteUser(userId: string, auth?: Auth): Promise<void> {
  const context = await (auth ?? (await getAuth())).$context;
  await context.internalAdapter.deleteUserSessions(userId);
  await context.internalAdapter.deleteAccounts(userId);
  await context.internalAdapter.deleteUser(userId);
}

/** The local and OIDC users, oldest first. */
export async function listUsers(auth?: Auth): Promise<LocalUser[]> {
  const context = await (auth ?? (await getAuth())).$context;
  const users = (await context.internalAdapter.listUsers(500, 0, {
    field: "createdAt",
    direction: "asc",
  })) as UserRow[];
  return users.map(toLocalUser);
}

function toLocalUser(user: UserRow): LocalUser {
  return {
    id: user.id,
    username: user.username ?? user.email,
    name: user.name,
    role: isRole(user.role) ? user.role : undefined,
    createdAt: user.createdAt,
  };
}

/**
 * Makes sure the local `admin` account exists. With a password given (ROUTEBOARD_ADMIN_PASSWORD) the account takes
 * that password; without one, a first start generates a password and returns it so the caller prints it once.
 * Returns the generated password, or undefined when none was generated.
 */
export async function ensureAdmin(password: string | undefined, auth?: Auth): Promise<string | undefined> {
  const instance = auth ?? (await getAuth());
  const context = await instance.$context;
  const existing = await context.internalAdapter.findUserByEmail(localEmail(ADMIN_USERNAME), {
    includeAccounts: true,
  });

  if (existing) {
    if (!password) return undefined;
    const credential = existing.accounts.find((account) => account.providerId === "credential");
    const isSame = credential?.password
      ? await context.password.verify({ hash: credential.password, password })
      : false;
    if (!isSame)
      await context.internalAdapter.updatePassword(existing.user.id, await context.password.hash(password));
    return undefined;
  }

  const chosen = password ?? randomBytes(18).toString("base64url");
  try {
    await createLocalUser(
      { username: ADMIN_USERNAME, name: "Administrator", role: "admin", password: chosen },
      instance,
    );
  } catch (error) {
    // A second server process starting at the same moment created it first.
    if (await context.internalAdapter.findUserByEmail(localEmail(ADMIN_USERNAME))) return undefined;
    throw error;
  }
  return password ? undefined : chosen;
}
