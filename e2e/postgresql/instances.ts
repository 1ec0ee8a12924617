// The PostgreSQL e2e run (playwright.postgresql.config.ts): two app instances on one database.
// The config, the start script's environment and the spec all read these, so they cannot disagree.

/** The server, as scripts/start-postgres.sh prints it (scripts/test.sh passes it on). */
export const POSTGRES_SERVER_URL = process.env.PARALLAX_TEST_POSTGRES_URL ?? "postgresql://parallax@127.0.0.1:55432/parallax";

export const INSTANCE_PORTS = [Number(process.env.E2E_PORT_A ?? 3134), Number(process.env.E2E_PORT_B ?? 3135)] as const;
export const INSTANCE_A = `http://127.0.0.1:${INSTANCE_PORTS[0]}`;
export const INSTANCE_B = `http://127.0.0.1:${INSTANCE_PORTS[1]}`;

/** Named after the first port, so two runs on other ports can share one server. */
export const E2E_DATABASE_URL = (() => {
  const url = new URL(POSTGRES_SERVER_URL);
  url.pathname = `/parallax_e2e_${INSTANCE_PORTS[0]}`;
  return url.toString();
})();

/** Both instances sign session cookies with it: a session made on one is valid on the other. */
export const E2E_AUTH_SECRET = "parallax e2e secret shared by both instances";
