import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../../lib/db/client.ts";
import { REPO_ROOT } from "../../lib/db/migrate.ts";
import { countSignInAttempt, lockedEmails } from "../../lib/review/sign-in-limit.ts";

// `parallax users` for the operator's account chores of issue 15: the first admin that
// `npm run setup` makes (once), a password reset that ends every session, and an unlock.
const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-cli-users-"));
const dbFile = path.join(dir, "cli.db");
function parallax(args: string[], input = ""): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(path.join(REPO_ROOT, "node_modules", ".bin", "tsx"), [path.join(REPO_ROOT, "cli", "index.ts"), ...args, "--db", dbFile], { cwd: dir, input, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("parallax users", () => {
  it("first-admin makes admin@parallax.local once; reset-password and unlock act on it", { timeout: 180_000 }, async () => {
    const first = parallax(["users", "first-admin", "--json"]);
    expect(first.status, first.stderr).toBe(0);
    const created = JSON.parse(first.stdout) as { created: boolean; user: { email: string; role: string }; password: string };
    expect(created).toMatchObject({ created: true, user: { email: "admin@parallax.local", role: "admin" } });
    expect(created.password.length).toBeGreaterThanOrEqual(16);

    const again = parallax(["users", "first-admin"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("An admin already exists (admin@parallax.local): left alone.");

    const reset = parallax(["users", "reset-password", "admin@parallax.local", "--json"], "a fresh passphrase for the admin\n");
    expect(reset.status, reset.stderr).toBe(0);
    // (a weak password is refused by resetPassword itself: users.test.ts)

    const db = createDb(`file:${dbFile}`);
    try {
      for (let attempt = 0; attempt < 10; attempt++) await countSignInAttempt(db, { email: "admin@parallax.local", source: "203.0.113.50" });
      expect((await lockedEmails(db)).has("admin@parallax.local")).toBe(true);
      const unlock = parallax(["users", "unlock", "Admin@Parallax.local", "--json"]);
      expect(unlock.status, unlock.stderr).toBe(0);
      expect(JSON.parse(unlock.stdout)).toMatchObject({ user: { email: "admin@parallax.local", unlockedSources: 1 } });
      expect((await lockedEmails(db)).has("admin@parallax.local")).toBe(false);
    } finally {
      await db.$disconnect();
    }
  });
});
