import type { Command } from "commander";
import { openDb } from "../open-db.ts";

interface OutletsFlags {
  json?: boolean;
  db?: string;
}

export function registerOutletsCommand(program: Command): void {
  program
    .command("outlets")
    .description("List the outlets in the database with their article counts.")
    .option("--json", "print one JSON object (shape in README)")
    .option("--db <path>", "SQLite database file (default: DATABASE_URL or data/parallax.db)")
    .action(async (flags: OutletsFlags) => {
      const { db } = await openDb(flags.db);
      try {
        const rows = await db.outlet.findMany({
          where: { articles: { some: {} } },
          orderBy: { name: "asc" },
          select: { slug: true, name: true, country: true, ownership: true, inGazetteer: true, _count: { select: { articles: true } } },
        });
        const outlets = rows.map(({ _count, inGazetteer, ...outlet }) => ({ ...outlet, known: inGazetteer, articles: _count.articles }));
        if (flags.json) {
          process.stdout.write(`${JSON.stringify({ outlets })}\n`);
          return;
        }
        for (const outlet of outlets) {
          const flag = outlet.known ? "" : "  (unknown: add it to data/outlets.json)";
          console.log(`${String(outlet.articles).padStart(6)}  ${outlet.name} [${outlet.country ?? "?"}, ${outlet.ownership ?? "?"}]${flag}`);
        }
        if (outlets.length === 0) console.log("No outlets yet: import articles with `parallax import <paths…>`.");
      } finally {
        await db.$disconnect();
      }
    });
}
