// Class and id names that mark page chrome (share bars, captions, related links, comments...).
// Conventions shared by CMS themes across languages; none is keyed on a particular site.
import type { RemovalReason } from "../types.ts";

export type ChromeReason = Extract<RemovalReason, "html-boilerplate" | "caption" | "credit" | "related-link" | "share-chrome" | "navigation" | "source-footer">;

export interface ClassRule {
  reason: ChromeReason;
  detail: string;
  pattern: RegExp;
}

/**
 * A name counts when the word starts or ends it ("caption", "caption-text", "article-caption",
 * "comments18"), not when it sits in the middle: wrappers such as "has-sidebar-right" or
 * "elementor-widget-container" hold body text. "no-caption" says the opposite.
 */
function classWords(words: string): RegExp {
  return new RegExp(`(?:^|\\s)(?!no-|without-)(?:(?:${words})\\d*(?:[-_][^\\s]*)?|[^\\s]*[-_](?:${words})\\d*)(?=\\s|$)`);
}

/** Tried in order on the class/id words of a block and its ancestors; the first match decides. */
export const CLASS_RULES: ClassRule[] = [
  {
    reason: "caption",
    detail: "caption",
    pattern: classWords("caption|captions|figcaption|legende|légende|bildunterschrift|wp-caption-text|image-?text|img-?text|photo-?(?:info|desc|text)|mediacaption|bildtext"),
  },
  {
    reason: "credit",
    detail: "credit",
    pattern: classWords("credit|credits|copyright|photographer|bildnachweis|bildquelle|fotograf|image-?source|photo-?credit"),
  },
  {
    reason: "share-chrome",
    detail: "share or social widget",
    pattern: classWords(
      "share|shares|sharing|sharebar|social|socials|sociable|addthis|sharethis|shariff|teilen|socialmedia|social-?media|print-?button|newsletter|subscribe|subscription|signup|cookie|cookies|consent|gdpr|rating|ratings|voting|follow-?us",
    ),
  },
  {
    reason: "share-chrome",
    detail: "comments",
    pattern: classWords("comment|comments|commentlist|respond|replies|disqus|kommentar|kommentare|commentaires"),
  },
  {
    reason: "related-link",
    detail: "related or recommended links",
    pattern: classWords(
      "related|relatedposts|recommend|recommended|recommendations|more-?stories|more-?articles|also-?read|outbrain|taboola|trending|most-?read|mostread|yarpp|jp-relatedposts|crp_related|next-?post|prev-?post|post-?navigation|nav-?links|promo|promoted",
    ),
  },
  {
    reason: "navigation",
    detail: "navigation",
    pattern: classWords("nav|navbar|navigation|menu|menubar|breadcrumb|breadcrumbs|pager|skip-?link|toc|tags|tag-?list|tagcloud|post-?tags|entry-?tags|taxonomy|back-?to-?top|sitemap|site-?footer|sidebar"),
  },
  {
    reason: "html-boilerplate",
    detail: "author box or post meta",
    pattern: classWords(
      "author-?(?:box|bio|info|card|profile|details)|about-?(?:the-?)?author|byline|post-?meta|entry-?meta|article-?meta|postmetadata|dateline|timestamp|posted-?on|pubdate|signature|disclaimer|advert|advertisement|adsense|anzeige|sponsor|sponsored",
    ),
  },
];

/**
 * Names that mark chrome often enough to refuse a block Readability had dropped, though too
 * often worn by body wrappers to cut a block Readability kept.
 */
export const DROPPED_BLOCK_CLASSES = classWords(
  "author|authors|bio|contributor|contact|donation|donate|offer|modal|popup|recirculation|more|also|similar|further|widget|sidebar|footer|header-?bar|toolbar|meta|date|ad|ads|adslot|banner|promo|cta|slider|carousel",
);

/** Names of a standfirst (the lead paragraph under the headline), which Readability often leaves in the header. */
export const LEAD_CLASSES = classWords(
  "lead|leader|intro|introtext|intro-?text|teaser-?text|excerpt|description|subtitle|sub-?headline|subline|abstract|summary|deck|dek|chapo|chapeau|standfirst|bajada|entradilla|sottotitolo|lede|descripcion",
);
