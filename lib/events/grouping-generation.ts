// Grouping decides from a snapshot read outside its write transaction (loading every signature
// takes seconds at 100k articles, too long to hold a write lock on SQLite). With several processes
// on one database (app instances, workers, the CLI), another grouping or a reviewer's merge may
// commit in between. Every change to events therefore moves one shared counter: a grouping
// remembers the value it read and commits only if it is unchanged (compare-and-set in its own
// transaction, whose first statement it is, so SQLite takes the write lock at once and PostgreSQL
// the row lock), else it reads again and decides again. Optimistic, so verdict saves and page reads
// never wait for a grouping.

import type { Db, DbTransaction } from "../db/client.ts";
import { AppError } from "../errors.ts";

const NAME = "event-grouping";

/** The row is made by the migration that made the table (20261211000000_import_jobs, both databases). */
export async function readGroupingGeneration(db: Db | DbTransaction): Promise<number> {
  return (await db.sharedCounter.findUniqueOrThrow({ where: { name: NAME }, select: { value: true } })).value;
}

/** Moves the counter on; with `expected`, only if it still has that value (else a GroupingConflict). */
export async function advanceGroupingGeneration(tx: DbTransaction, expected?: number): Promise<void> {
  const { count } = await tx.sharedCounter.updateMany({
    where: { name: NAME, ...(expected === undefined ? {} : { value: expected }) },
    data: { value: { increment: 1 } },
  });
  if (count === 1) return;
  if (expected === undefined) throw new Error(`the shared counter "${NAME}" is missing: run the migrations`);
  throw new GroupingConflict();
}

/** The events changed while a grouping was being decided: decide again from what is stored now. */
export class GroupingConflict extends AppError {
  constructor() {
    super("CONFLICT", "The events changed while this grouping was being decided; it was not saved.");
    this.name = "GroupingConflict";
  }
}

/** Runs a read-decide-commit grouping again while it loses to concurrent changes. */
export async function retryOnGroupingConflict<T>(attempt: () => Promise<T>, rounds = 6): Promise<T> {
  for (let round = 0; ; round += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof GroupingConflict) || round >= rounds) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** round * (0.5 + Math.random())));
    }
  }
}
