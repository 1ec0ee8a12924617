// Next.js calls register() once when a server instance starts: each instance runs a background
// worker for the job queue (lib/jobs), so imports queued by any instance are stored by whichever
// is free, and survive the restart of any of them. PARALLAX_WORKER=off leaves it to `parallax worker`.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.PARALLAX_WORKER === "off") return;
  const { startAppWorker } = await import("./lib/jobs/app-worker");
  startAppWorker();
}
