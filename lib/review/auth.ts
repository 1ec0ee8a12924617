// The better-auth instance for one database (ADR 011): email + password only, no self sign-up,
// argon2id hashes, roles from the admin plugin (its HTTP endpoints refused: auth-hooks.ts),
// rate-limited sign-in with a per-account and per-source lock, Origin-checked POSTs.
// It imports nothing from Next.js, so the CLI creates users through the very same code.

import { hash, verify } from "@node-rs/argon2";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { admin } from "better-auth/plugins";
import { dbProvider, type Db } from "../db/client.ts";
import { accountHooks } from "./auth-hooks.ts";
import { resolveAuthSecret } from "./auth-secret.ts";
import { MIN_PASSWORD_LENGTH } from "./password-strength.ts";
import { accessControl, roles } from "./roles.ts";

export { MIN_PASSWORD_LENGTH };
export const SESSION_COOKIE_PREFIX = "parallax";

// OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane (the @node-rs/argon2 defaults, said aloud)
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The hash better-auth stores and verifies (also used to reset a password from the CLI). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export interface AuthSettings {
  databaseUrl: string;
  /** the public URL; https here turns on Secure cookies with the __Secure- prefix */
  baseUrl?: string;
  /** sign-in attempts per IP per minute */
  signInPerMinute?: number;
  /** extra origins allowed to POST (comma-separated in PARALLAX_TRUSTED_ORIGINS) */
  trustedOrigins?: string[];
}

export function authSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const perMinute = Number(env.PARALLAX_SIGN_IN_PER_MINUTE);
  return {
    databaseUrl: env.DATABASE_URL ?? "file:./data/parallax.db",
    baseUrl: env.BETTER_AUTH_URL,
    signInPerMinute: Number.isInteger(perMinute) && perMinute > 0 ? perMinute : undefined,
    trustedOrigins: (env.PARALLAX_TRUSTED_ORIGINS ?? "").split(",").map((origin) => origin.trim()).filter(Boolean),
  };
}

/**
 * The origin the browser used: a POST from any other origin is refused. Behind no proxy the Host
 * header is the address the browser typed (localhost, 127.0.0.1 or a LAN name), so it is trusted
 * for its own requests; a cross-site form carries the attacker's Origin, which never equals it.
 */
function requestOrigin(request: Request | undefined): string | null {
  const host = request?.headers.get("host");
  if (!request || !host) return null;
  return `${new URL(request.url).protocol}//${host}`;
}

function buildAuth(db: Db, settings: AuthSettings) {
  const baseUrl = settings.baseUrl ?? "http://localhost:3000";
  return betterAuth({
    appName: "Parallax",
    baseURL: baseUrl,
    secret: resolveAuthSecret(settings.databaseUrl),
    database: prismaAdapter(db, { provider: dbProvider(db) }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      password: {
        hash: hashPassword,
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 200,
      customRules: { "/sign-in/email": { window: 60, max: settings.signInPerMinute ?? 5 } },
    },
    trustedOrigins: (request) => [baseUrl, requestOrigin(request), ...(settings.trustedOrigins ?? [])],
    advanced: { cookiePrefix: SESSION_COOKIE_PREFIX, useSecureCookies: baseUrl.startsWith("https:") },
    telemetry: { enabled: false },
    hooks: accountHooks(db, [new URL(baseUrl).origin, ...(settings.trustedOrigins ?? [])]),
    plugins: [admin({ ac: accessControl, roles, defaultRole: "viewer", adminRoles: ["admin"] })],
  });
}

export type Auth = ReturnType<typeof buildAuth>;

const instances = new WeakMap<Db, Auth>();

/** One auth instance per database client (the app has one; tests and the CLI may open several). */
export function getAuth(db: Db, settings: AuthSettings = authSettingsFromEnv()): Auth {
  let instance = instances.get(db);
  if (!instance) {
    instance = buildAuth(db, settings);
    instances.set(db, instance);
  }
  return instance;
}
