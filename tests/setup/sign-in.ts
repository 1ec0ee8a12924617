import type { Db } from "../../lib/db/client.ts";
import { getAuth } from "../../lib/review/auth.ts";
import { createUser } from "../../lib/review/users.ts";
import type { Role } from "../../lib/review/roles.ts";

export const TEST_ORIGIN = "http://localhost:3000";
export const TEST_PASSWORD = "correct horse battery staple";

/** A POST to better-auth's handler as a browser on our own origin would send it. */
export function authRequest(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${TEST_ORIGIN}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: TEST_ORIGIN, host: "localhost:3000", ...headers },
    body: JSON.stringify(body),
  });
}

/** The cookie header of a fresh session for a new user of this role. */
export async function signedInAs(db: Db, role: Role, email = `${role}-${crypto.randomUUID().slice(0, 8)}@example.org`): Promise<Headers> {
  await createUser(db, { email, role, password: TEST_PASSWORD }, null);
  const response = await getAuth(db).handler(authRequest("/sign-in/email", { email, password: TEST_PASSWORD }, { "x-forwarded-for": `10.0.0.${Math.floor(Math.random() * 250)}` }));
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  return new Headers({ cookie, origin: TEST_ORIGIN, host: "localhost:3000" });
}
