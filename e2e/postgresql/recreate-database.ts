// The first instance's start step: drop the e2e database if a previous run left it, and create it
// empty. Run with tsx, on the server of PARALLAX_TEST_POSTGRES_URL (DATABASE_URL names the database).
import { adminQuery, quoteDatabase } from "../../tests/setup/postgres-admin.ts";

const name = new URL(process.env.DATABASE_URL ?? "").pathname.slice(1);
await adminQuery(`DROP DATABASE IF EXISTS ${quoteDatabase(name)} WITH (FORCE)`);
await adminQuery(`CREATE DATABASE ${quoteDatabase(name)}`);
