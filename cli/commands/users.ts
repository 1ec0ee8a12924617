import type { Command } from "commander";
import { AppError } from "../../lib/errors.ts";
import { authSettingsFromEnv, getAuth } from "../../lib/review/auth.ts";
import { isRole, ROLES } from "../../lib/review/roles.ts";
import { FIRST_ADMIN, firstAdminSetupToken, provisionFirstAdmin } from "../../lib/review/first-admin.ts";
import { countAdmins, createUser, listUsers, provisionDemoReviewer, resetPassword, setUserRole, unlockSignIn } from "../../lib/review/users.ts";
import { openDb } from "../open-db.ts";
import { readPassword } from "../read-password.ts";

interface UsersFlags {
  json?: boolean;
  db?: string;
}

const CLI_ACTOR = { id: "cli", name: "command line" };

async function withAuthDb<T>(flags: UsersFlags, work: (db: Awaited<ReturnType<typeof openDb>>["db"]) => Promise<T>): Promise<T> {
  const { db, url } = await openDb(flags.db);
  // the auth instance must use this database's secret file, not DATABASE_URL's
  getAuth(db, { ...authSettingsFromEnv(), databaseUrl: url });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

function print(flags: UsersFlags, json: unknown, text: string): void {
  if (flags.json) process.stdout.write(`${JSON.stringify(json)}\n`);
  else console.log(text);
}

export function registerUsersCommand(program: Command): void {
  const users = program.command("users").description("Manage accounts: add, first-admin, setup-token, demo, list, set-role, reset-password, unlock.");
  const common = (command: Command) =>
    command.option("--json", "print one JSON object (shape in README)").option("--db <path>", "SQLite database file (default: DATABASE_URL or data/parallax.db)");

  common(
    users
      .command("add")
      .description("Create an account. The password is read from stdin when piped, else asked twice without echo.")
      .requiredOption("--email <email>", "the sign-in email")
      .option("--role <role>", `one of ${ROLES.join(", ")}`, "viewer")
      .option("--name <name>", "the name shown in history (default: the part of the email before @)"),
  ).action(async (flags: UsersFlags & { email: string; role: string; name?: string }) => {
    if (!isRole(flags.role)) throw new AppError("INVALID_ARGUMENT", `--role must be one of ${ROLES.join(", ")}.`);
    const password = await readPassword(`Password for ${flags.email} (at least 12 characters, hard to guess): `);
    const user = await withAuthDb(flags, (db) => createUser(db, { email: flags.email, name: flags.name, role: flags.role as never, password }, null));
    print(flags, { user }, `Created ${user.role} ${user.email}.`);
  });

  common(
    users.command("first-admin").description(`Create the first admin (${FIRST_ADMIN.email}) with a random password printed once; an install that has an admin is left alone.`),
  ).action(async (flags: UsersFlags) => {
    const result = await withAuthDb(flags, (db) => provisionFirstAdmin(db));
    if (result.created) print(flags, result, `First admin: ${result.user.email}  password: ${result.password}  (shown once: keep it in a password manager)`);
    else print(flags, result, `An admin already exists (${result.admin.email}): left alone.`);
  });

  common(users.command("setup-token").description("Print the token the /setup page asks for while the install has no admin (also printed when the server starts).")).action(
    async (flags: UsersFlags) => {
      const token = await withAuthDb(flags, async (db) => ((await countAdmins(db)) > 0 ? null : firstAdminSetupToken(db)));
      print(flags, { token }, token ? `Setup token for /setup: ${token}` : "An admin exists: /setup is closed and needs no token.");
    },
  );

  common(users.command("demo").description("Create the sample data's reviewer (or give it a new password) and print the credentials.")).action(
    async (flags: UsersFlags) => {
      const { user, password } = await withAuthDb(flags, (db) => provisionDemoReviewer(db));
      print(flags, { user, password }, `Demo reviewer: ${user.email}  password: ${password}`);
    },
  );

  common(users.command("list").description("List accounts with their roles.")).action(async (flags: UsersFlags) => {
    const rows = await withAuthDb(flags, (db) => listUsers(db));
    print(flags, { users: rows }, rows.length ? rows.map((user) => `${user.role.padEnd(9)} ${user.email}  (${user.name})`).join("\n") : "No accounts yet: `parallax users add --email … --role admin`.");
  });

  common(users.command("set-role").description("Change a user's role.").argument("<email>").argument("<role>", ROLES.join(" | "))).action(
    async (email: string, role: string, flags: UsersFlags) => {
      if (!isRole(role)) throw new AppError("INVALID_ARGUMENT", `The role must be one of ${ROLES.join(", ")}.`);
      const user = await withAuthDb(flags, async (db) => {
        const found = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
        if (!found) throw new AppError("NOT_FOUND", `No account with the email ${email}.`);
        return setUserRole(db, { userId: found.id, role, actor: CLI_ACTOR });
      });
      print(flags, { user }, `${user.email} is now ${user.role}.`);
    },
  );

  common(
    users
      .command("reset-password")
      .description("Give an account a new password (read from stdin when piped, else asked twice) and end all its sessions.")
      .argument("<email>"),
  ).action(async (email: string, flags: UsersFlags) => {
    const password = await readPassword(`New password for ${email} (at least 12 characters, hard to guess): `);
    const user = await withAuthDb(flags, (db) => resetPassword(db, { email, password, actor: CLI_ACTOR }));
    print(flags, { user }, `${user.email} has a new password; every session of theirs has ended.`);
  });

  common(users.command("unlock").description("End the sign-in locks put on an account by too many failed sign-ins.").argument("<email>")).action(
    async (email: string, flags: UsersFlags) => {
      const user = await withAuthDb(flags, async (db) => {
        const found = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
        if (!found) throw new AppError("NOT_FOUND", `No account with the email ${email}.`);
        return unlockSignIn(db, { userId: found.id, actor: CLI_ACTOR });
      });
      print(flags, { user }, user.unlockedSources ? `${user.email} is unlocked (${user.unlockedSources} source address${user.unlockedSources === 1 ? "" : "es"}).` : `${user.email} was not locked.`);
    },
  );
}
