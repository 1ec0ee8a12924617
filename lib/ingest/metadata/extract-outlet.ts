// Who published the article. Evidence, strongest first: the user's hint, the URL (or the page's
// canonical URL), a site name or publication line the cleaner removed ("french.xinhuanet.com"),
// the page's og:site_name, a source footer ("SOURCE: FRENCH PRESS TV"), the dateline's agency
// tag ("(Xinhua)"). The address names the publisher even when the gazetteer does not know it (a
// blog running an AFP dispatch is the blog); among the other clues a known outlet beats an
// unknown name. Agreeing evidence raises the confidence. An outlet the text only cites as the
// one a source spoke to ("a indiqué à l'IRNA", "told Reuters") is at most an inferred guess: the
// story may be a rewrite of that outlet's dispatch, or the outlet may be quoting a competitor.

import { matchSourceFooter } from "../clean/match-source-footer.ts";
import { hostOf, matchDomain, matchOutlet, type GazetteerOutlet, type OutletGazetteer } from "../outlets/gazetteer.ts";
import type { Block, Evidence, MetadataField, OutletRef, RawInput } from "../types.ts";
import type { Dateline } from "./find-dateline.ts";
import type { HtmlMeta } from "./extract-metadata.ts";

export interface OutletMention {
  name: string;
  quote: string;
  start: number;
  end: number;
}

export interface ExtractOutletOptions {
  input: RawInput;
  blocks: Block[];
  html?: HtmlMeta;
  dateline: Dateline | null;
  gazetteer: OutletGazetteer;
  /** outlets named in the text as the ones a source spoke to */
  recipients: OutletMention[];
}

interface Candidate {
  ref: OutletRef;
  evidence: Evidence;
  method: string;
  confidence: number;
}

const DOMAIN_IN_LINE = /(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,12}(?![\w.])/gi;
const AGREEMENT_BONUS = 0.04;

export function extractOutlet(options: ExtractOutletOptions): MetadataField<OutletRef> {
  const { input, gazetteer } = options;
  if (input.outletHint?.trim()) {
    const ref = toRef(gazetteer, input.outletHint.trim());
    return { value: ref, evidence: [{ quote: input.outletHint, where: "user" }], confidence: 1, inferred: false, method: "user" };
  }
  const candidates = pageCandidates(options);
  const best = candidates.find((candidate) => candidate.evidence.where === "url" || candidate.method === "html-canonical-url") ?? candidates.find((candidate) => candidate.ref.known) ?? candidates[0];
  if (best) {
    const agreeing = candidates.filter((candidate) => candidate !== best && candidate.ref.slug === best.ref.slug);
    return {
      value: best.ref,
      evidence: [best.evidence, ...agreeing.map((candidate) => candidate.evidence)],
      confidence: Math.min(0.99, best.confidence + AGREEMENT_BONUS * agreeing.length),
      inferred: false,
      method: best.method,
    };
  }
  const recipient = options.recipients.map((mention) => ({ mention, outlet: matchOutlet(gazetteer, mention.name) })).find((found) => found.outlet);
  if (recipient?.outlet) {
    return {
      value: knownRef(recipient.outlet),
      evidence: [{ quote: recipient.mention.quote, where: "text", start: recipient.mention.start, end: recipient.mention.end }],
      confidence: 0.3,
      inferred: true,
      method: "named-as-recipient",
    };
  }
  return { value: null, evidence: [], confidence: 0, inferred: false, method: "none" };
}

function pageCandidates({ input, blocks, html, dateline, gazetteer }: ExtractOutletOptions): Candidate[] {
  const candidates: Candidate[] = [];
  // the address the user gave, else the one the page declares canonical
  const address = input.url ? { url: input.url, where: "url" as const, method: "url" } : html?.canonicalUrl ? { url: html.canonicalUrl, where: "html-meta" as const, method: "html-canonical-url" } : null;
  const host = address ? hostOf(address.url) : null;
  if (address && host) {
    const outlet = matchDomain(gazetteer, host);
    const ref = outlet ? knownRef(outlet) : unknownRef(host.replace(/^www\./, ""));
    candidates.push({ ref, evidence: { quote: address.url, where: address.where }, method: address.method, confidence: outlet ? 0.95 : 0.6 });
  }
  blocks.forEach((block, position) => {
    if (block.kept || block.reason !== "metadata-line") return;
    for (const match of block.text.matchAll(DOMAIN_IN_LINE)) {
      const domain = hostOf(match[0]);
      if (!domain) continue;
      const outlet = matchDomain(gazetteer, domain);
      const evidence: Evidence = { quote: match[0], where: "removed", position, start: match.index, end: match.index + match[0].length };
      candidates.push({ ref: outlet ? knownRef(outlet) : unknownRef(domain.replace(/^www\./, "")), evidence, method: "site-name", confidence: outlet ? 0.9 : 0.55 });
    }
  });
  if (html?.siteName?.trim()) {
    candidates.push({ ref: toRef(gazetteer, html.siteName.trim()), evidence: { quote: html.siteName, where: "html-meta" }, method: "html-site-name", confidence: 0.85 });
  }
  blocks.forEach((block, position) => {
    if (block.kept || block.reason !== "source-footer") return;
    const footer = matchSourceFooter(block.text);
    if (footer?.kind !== "source" || !footer.name) return;
    const start = block.text.lastIndexOf(footer.name);
    const evidence: Evidence = { quote: block.text, where: "removed", position, start: Math.max(0, start), end: start < 0 ? block.text.length : start + footer.name.length };
    candidates.push({ ref: toRef(gazetteer, footer.name), evidence, method: "source-footer", confidence: 0.85 });
  });
  if (dateline?.agency) {
    const evidence: Evidence = { quote: dateline.value, where: "text", start: dateline.start, end: dateline.end };
    candidates.push({ ref: toRef(gazetteer, dateline.agency), evidence, method: "dateline-agency", confidence: 0.75 });
  }
  return candidates;
}

function toRef(gazetteer: OutletGazetteer, name: string): OutletRef {
  const outlet = matchOutlet(gazetteer, name);
  return outlet ? knownRef(outlet) : unknownRef(name);
}

function knownRef(outlet: GazetteerOutlet): OutletRef {
  return { slug: outlet.slug, name: outlet.name, known: true };
}

/** an outlet the gazetteer does not know keeps the name it was given, and a slug made from it */
function unknownRef(name: string): OutletRef {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return { slug: slug || "unnamed-outlet", name, known: false };
}
