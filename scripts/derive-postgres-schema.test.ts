import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../lib/db/migrate.ts";

describe("prisma/postgresql/schema.prisma", () => {
  it("is what scripts/derive-postgres-schema.mjs makes of prisma/schema.prisma", () => {
    // --check exits 1 with the command to run when the checked-in file is stale
    expect(() => execFileSync(process.execPath, [path.join(REPO_ROOT, "scripts", "derive-postgres-schema.mjs"), "--check"], { stdio: "pipe" })).not.toThrow();
  });
});
