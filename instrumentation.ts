// Next.js calls register() once when a server instance starts: each instance runs a background
// worker for the job queue (lib/jobs), so imports queued by any instance are stored by whichever
// is free, and survive the restart of any of them. PARALLAX_WORKER=off leaves it to `parallax worker`.
// While the install has no admin, it also prints the /setup page's token on the console, which only
// the operator sees (lib/review/first-admin.ts).
export async function register(): Promise<void> {
  // written as one `=== "nodejs"` block so the Edge build drops these imports (argon2 is native)
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ getDb }, { firstAdminNotice }] = await Promise.all([import("./lib/db/client"), import("./lib/review/first-admin")]);
    try {
      const notice = await firstAdminNotice(await getDb());
      if (notice) console.log(`\n${notice}\n`);
    } catch (error) {
      // a database not migrated yet must not stop the server; its pages then say what is wrong
      console.error("Could not check for a first admin:", (error as Error).message);
    }
    if (process.env.PARALLAX_WORKER !== "off") {
      const { startAppWorker } = await import("./lib/jobs/app-worker");
      startAppWorker();
    }
  }
}
