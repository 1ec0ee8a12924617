// `npm start`: the production build behind our own HTTP server instead of `next start`, because
// some checks must happen before Next.js sees a request (lib/http/guard-request.ts): the Host
// (DNS rebinding), body sizes before a byte is read, and the client address (`next start` keeps a
// client-sent X-Forwarded-For, so every IP-based limit could be dodged). Next's documented
// custom-server API; instrumentation.ts (the app worker) runs inside it as under `next start`.
// HOST (default 127.0.0.1: only this machine) and PORT (default 3000) say where to listen.

import next from "next";
import { createEdgeServer } from "./lib/http/create-edge-server.ts";
import { edgePolicyFromEnv } from "./lib/http/edge-policy.ts";
import { listenAddressFromEnv } from "./lib/http/listen-address.ts";

let settings;
try {
  settings = { ...listenAddressFromEnv(), policy: edgePolicyFromEnv() };
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const { host, port, policy } = settings;

const app = next({ dev: false, hostname: host, port });
await app.prepare();
const handle = app.getRequestHandler();
const server = createEdgeServer((request, response) => handle(request, response), policy);

server.listen(port, host, () => {
  const shown = host.includes(":") ? `[${host}]` : host;
  console.log(`Parallax is listening on http://${shown}:${port}${host === "127.0.0.1" || host === "::1" ? " (this machine only; HOST=0.0.0.0 to serve the network)" : ""}`);
});

// as `next start` does: stop taking requests, let open ones finish (at most 10 s), then exit with
// the signal's code; the app worker stops on the same signals (lib/jobs/app-worker.ts)
for (const [signal, code] of [["SIGTERM", 143], ["SIGINT", 130]] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(code));
    server.closeIdleConnections();
    setTimeout(() => process.exit(code), 10_000).unref();
  });
}
