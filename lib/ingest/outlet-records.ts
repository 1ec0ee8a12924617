import type { Db, DbTransaction } from "../db/client.ts";
import type { GazetteerOutlet, OutletGazetteer } from "./outlets/gazetteer.ts";
import type { OutletRef } from "./types.ts";

/**
 * Maps an article's OutletRef to an Outlet row. Gazetteer outlets are upserted once per import
 * (their profile follows the gazetteer file); an unknown outlet gets a row flagged
 * inGazetteer = false so the user sees it and can add it to the gazetteer.
 */
export class OutletRecords {
  private readonly ids = new Map<string, string>();

  constructor(private readonly gazetteer: OutletGazetteer) {}

  async resolve(tx: Db | DbTransaction, ref: OutletRef): Promise<string> {
    const cached = this.ids.get(ref.slug);
    if (cached) return cached;
    const known = ref.known ? this.gazetteer.outlets.find((outlet) => outlet.slug === ref.slug) : undefined;
    const row = known ? await upsertKnown(tx, known) : await upsertUnknown(tx, ref);
    this.ids.set(ref.slug, row.id);
    return row.id;
  }

  /** After a rolled-back transaction the cached ids may point at rows that were never written. */
  forgetAll(): void {
    this.ids.clear();
  }
}

async function upsertKnown(tx: Db | DbTransaction, outlet: GazetteerOutlet) {
  // an admin's edit of the profile (version > 1, lib/review/outlet-review.ts) wins over the gazetteer
  const existing = await tx.outlet.findUnique({ where: { slug: outlet.slug }, select: { id: true, version: true } });
  if (existing && existing.version > 1) return existing;
  const profile = {
    name: outlet.name,
    country: outlet.country,
    ownership: outlet.ownership,
    aliases: outlet.aliases,
    domains: outlet.domains,
    inGazetteer: true,
  };
  return tx.outlet.upsert({
    where: { slug: outlet.slug },
    create: { slug: outlet.slug, ...profile },
    update: profile,
    select: { id: true },
  });
}

function upsertUnknown(tx: Db | DbTransaction, ref: OutletRef) {
  return tx.outlet.upsert({
    where: { slug: ref.slug },
    create: { slug: ref.slug, name: ref.name, inGazetteer: false },
    update: {},
    select: { id: true },
  });
}
