// The first file of the app's worker thread (lib/jobs/app-worker.ts). A thread starts from a file
// Node loads as it is, outside the Next.js bundle: this one registers tsx, as bin/parallax.mjs
// does for the CLI, then loads the TypeScript entry named in workerData.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
