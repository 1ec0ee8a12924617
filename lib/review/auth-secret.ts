// better-auth signs session cookies with a secret. A self-hosted install should work from a fresh
// clone without hand-editing a .env, so when BETTER_AUTH_SECRET is unset a random secret is made
// once and kept beside the database (readable by its owner only); the app and the CLI then agree.

import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const MIN_LENGTH = 32;

function secretPathFor(databaseUrl: string): string {
  // resolved at run time from the database URL: not a path the bundler should trace
  const file = databaseUrl.startsWith("file:") ? databaseUrl.replace(/^file:/, "").split("?")[0]! : "data/parallax.db";
  const dir = path.dirname(path.resolve(/*turbopackIgnore: true*/ file));
  return path.join(dir, ".auth-secret");
}

export function resolveAuthSecret(databaseUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.BETTER_AUTH_SECRET;
  if (fromEnv) {
    if (fromEnv.length < MIN_LENGTH) throw new Error(`BETTER_AUTH_SECRET must be at least ${MIN_LENGTH} characters long.`);
    return fromEnv;
  }
  const file = secretPathFor(databaseUrl);
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= MIN_LENGTH) return stored;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  // "wx": two processes starting at once must not each write their own secret
  try {
    writeFileSync(file, secret + "\n", { flag: "wx", mode: 0o600 });
    chmodSync(file, 0o600);
    return secret;
  } catch {
    return readFileSync(file, "utf8").trim();
  }
}
