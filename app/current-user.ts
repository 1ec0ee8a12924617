import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { getActor, type Actor } from "@/lib/review/authorize";
import { authorizeMutation, type MutationName } from "@/lib/review/mutations";

/** The signed-in user of this request, or null (server components and actions). */
export async function currentActor(): Promise<Actor | null> {
  return getActor(await getDb(), await headers());
}

/** Pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** Server actions: the actor allowed to run this mutation, or a 401/403 AppError to show. */
export async function authorizeAction(name: MutationName): Promise<Actor> {
  return authorizeMutation(await getDb(), await headers(), name);
}
