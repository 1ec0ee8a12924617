"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { toAppError } from "@/lib/errors";
import { createFirstAdmin } from "@/lib/review/first-admin";

export interface FirstAdminState {
  error: string | null;
  email?: string;
  name?: string;
}

const ZForm = z.object({ setupToken: z.string(), email: z.string(), name: z.string(), password: z.string(), confirm: z.string() });

// POST (server action) – create the first admin: needs the setup token printed on the server's
// console (no session exists yet); refused once any admin exists
export async function createFirstAdminAction(_previous: FirstAdminState, formData: FormData): Promise<FirstAdminState> {
  const form = ZForm.parse({
    setupToken: String(formData.get("setupToken") ?? ""),
    email: String(formData.get("email") ?? ""),
    name: String(formData.get("name") ?? ""),
    password: String(formData.get("password") ?? ""),
    confirm: String(formData.get("confirm") ?? ""),
  });
  const kept = { email: form.email, name: form.name };
  if (form.password !== form.confirm) return { error: "The two passwords differ.", ...kept };
  try {
    await createFirstAdmin(await getDb(), { email: form.email, name: form.name || undefined, password: form.password, setupToken: form.setupToken });
  } catch (error) {
    return { error: toAppError(error).message, ...kept };
  }
  redirect("/sign-in?created=1");
}
