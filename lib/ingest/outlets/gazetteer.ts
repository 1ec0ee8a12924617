// The outlet gazetteer: who publishes what, under which names and web domains. data/outlets.json
// ships with the app; a user extends or corrects it with files of the same shape
// (PARALLAX_OUTLETS_FILE, or options.extraFiles), whose entries win on the same slug.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { AppError } from "../../errors.ts";
import { foldText } from "../clean/fold-text.ts";

export const ZOutletKind = z.enum(["agency", "broadcaster", "newspaper", "magazine", "website"]);
export const ZOwnership = z.enum(["state-owned", "state-affiliated", "public-service", "private", "cooperative", "non-profit", "party-affiliated"]);

export const ZGazetteerOutlet = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is lower-case words joined by dashes"),
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  domains: z.array(z.string().trim().toLowerCase().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, "a domain looks like example.com")).default([]),
  country: z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code, e.g. FR").nullable().default(null),
  ownership: ZOwnership.nullable().default(null),
  kind: ZOutletKind,
});
const ZGazetteerFile = z.object({ about: z.string().optional(), outlets: z.array(ZGazetteerOutlet) });

export type GazetteerOutlet = z.infer<typeof ZGazetteerOutlet>;

export interface OutletGazetteer {
  outlets: GazetteerOutlet[];
  byName: Map<string, GazetteerOutlet>;
  byDomain: Map<string, GazetteerOutlet>;
}

export interface LoadGazetteerOptions {
  /** JSON files with the same shape as data/outlets.json, applied in order after it */
  extraFiles?: string[];
}

// Not `new URL(…, import.meta.url)`: Next's bundler turns that form into an asset reference.
const DEFAULT_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../data/outlets.json");

export function loadGazetteer(options: LoadGazetteerOptions = {}): OutletGazetteer {
  const fromEnvironment = process.env.PARALLAX_OUTLETS_FILE?.split(path.delimiter).filter(Boolean) ?? [];
  const files = [DEFAULT_FILE, ...fromEnvironment, ...(options.extraFiles ?? [])];
  const bySlug = new Map<string, GazetteerOutlet>();
  for (const file of files) {
    for (const outlet of readGazetteerFile(file)) {
      const previous = bySlug.get(outlet.slug);
      bySlug.set(outlet.slug, previous ? mergeOutlet(previous, outlet) : outlet);
    }
  }
  return buildGazetteer([...bySlug.values()]);
}

export function buildGazetteer(outlets: GazetteerOutlet[]): OutletGazetteer {
  const byName = new Map<string, GazetteerOutlet>();
  const byDomain = new Map<string, GazetteerOutlet>();
  for (const outlet of outlets) {
    for (const name of [outlet.name, ...outlet.aliases]) {
      const key = nameKey(name);
      if (key && !byName.has(key)) byName.set(key, outlet);
    }
    for (const domain of outlet.domains) byDomain.set(domain, outlet);
  }
  return { outlets, byName, byDomain };
}

/**
 * The outlet a name, alias, web address, domain (subdomains included: french.xinhuanet.com) or
 * dateline tag ("(Xinhua)") stands for. Case, accents, articles ("l'AFP", "The Guardian") and
 * a descriptor before the name ("l'agence de presse SANA", "state news agency IRNA") do not matter.
 */
export function matchOutlet(gazetteer: OutletGazetteer, nameOrDomainOrTag: string): GazetteerOutlet | null {
  const value = nameOrDomainOrTag.trim().replace(/^\((.*)\)$/s, "$1").trim();
  if (!value) return null;
  const host = hostOf(value);
  if (host) return matchDomain(gazetteer, host);
  const direct = gazetteer.byName.get(nameKey(value));
  if (direct) return direct;
  // a descriptor around the name: try every run of capitalised words, longest first
  const runs = value.match(/[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*)*/gu) ?? [];
  for (const run of runs.sort((a, b) => b.length - a.length)) {
    const found = gazetteer.byName.get(nameKey(run));
    if (found) return found;
  }
  return null;
}

export function matchDomain(gazetteer: OutletGazetteer, host: string): GazetteerOutlet | null {
  const labels = host.toLowerCase().replace(/^www\./, "").split(".");
  for (let start = 0; start <= labels.length - 2; start += 1) {
    const found = gazetteer.byDomain.get(labels.slice(start).join("."));
    if (found) return found;
  }
  return null;
}

/** "https://french.xinhuanet.com/2017-10/18/c_136689731.htm" or "french.xinhuanet.com" -> the host */
export function hostOf(value: string): string | null {
  const match = /^(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?::\d+)?(?:[/?#]\S*)?$/i.exec(value);
  return match ? match[1]!.toLowerCase() : null;
}

/** comparison key of an outlet name: folded, punctuation as spaces, without a leading article */
export function nameKey(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^(?:the|le|la|les|l|al|el)\s+(?=\S)/, "");
}

function readGazetteerFile(file: string): GazetteerOutlet[] {
  if (!existsSync(file)) {
    throw new AppError("INVALID_ARGUMENT", `Outlet gazetteer ${file} does not exist (check PARALLAX_OUTLETS_FILE).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new AppError("MALFORMED_INPUT", `Outlet gazetteer ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ZGazetteerFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("MALFORMED_INPUT", `Outlet gazetteer ${file}: ${issue.path.join(".") || "file"}: ${issue.message}`);
  }
  return parsed.data.outlets;
}

/** a user entry for a known slug corrects its profile and adds names and domains */
function mergeOutlet(base: GazetteerOutlet, update: GazetteerOutlet): GazetteerOutlet {
  return {
    ...base,
    ...update,
    aliases: [...new Set([...base.aliases, ...update.aliases])],
    domains: [...new Set([...base.domains, ...update.domains])],
  };
}
