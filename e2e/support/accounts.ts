import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

// Accounts for the e2e runs, made the way an operator makes them: `parallax users add` on the
// server's own database (data/e2e.db, recreated by e2e/start-server.sh for every run; the
// PostgreSQL run passes its database URL).

export const E2E_DB = path.resolve("data/e2e.db");
export const PASSWORD = "e2e password, long enough";
export const ACCOUNTS = {
  admin: "e2e-admin@example.org",
  reviewer: "e2e-reviewer@example.org",
  viewer: "e2e-viewer@example.org",
} as const;
export const REVIEWER_STATE = path.resolve("e2e/.auth/reviewer.json");

export function addUserByCli(email: string, role: "admin" | "reviewer" | "viewer", name?: string, db: string = E2E_DB): void {
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["cli/index.ts", "users", "add", "--email", email, "--role", role, ...(name ? ["--name", name] : []), "--db", db], {
    input: `${PASSWORD}\n`,
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** The /setup page's token, as the operator reads it on the server (`parallax users setup-token`). */
export function setupTokenByCli(db: string = E2E_DB): string {
  const output = execFileSync(path.resolve("node_modules/.bin/tsx"), ["cli/index.ts", "users", "setup-token", "--json", "--db", db], { stdio: ["ignore", "pipe", "pipe"] });
  const { token } = JSON.parse(output.toString()) as { token: string | null };
  if (!token) throw new Error("the e2e database already has an admin");
  return token;
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

/** A request context signed in through the real endpoint (cookie kept by the context). */
export async function signInRequest(request: APIRequestContext, baseURL: string, email: string): Promise<void> {
  const response = await request.post("/api/auth/sign-in/email", { data: { email, password: PASSWORD }, headers: { origin: baseURL } });
  expect(response.status(), await response.text()).toBe(200);
}
