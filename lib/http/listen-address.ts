// Where `npm start` listens. Only this machine unless told otherwise: a fresh install must not be
// reachable from the network before its operator decides so (HOST=0.0.0.0, or a proxy in front).

import { AppError } from "../errors.ts";

export interface ListenAddress {
  host: string;
  port: number;
}

export function listenAddressFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): ListenAddress {
  const host = env.HOST?.trim() || "127.0.0.1";
  const port = Number(env.PORT?.trim() || 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new AppError("INVALID_ARGUMENT", `PORT must be a port number (1–65535), not ${JSON.stringify(env.PORT)}.`);
  return { host, port };
}
