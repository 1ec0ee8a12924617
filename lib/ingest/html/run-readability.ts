// Mozilla Readability on a parsed document, returning the article element itself (no HTML
// round trip) with its class names kept: the cleaning pass reads them ("caption", "share"...).
import { Readability } from "@mozilla/readability";

export interface ReadabilityArticle {
  title?: string;
  byline?: string;
  content: Element;
}

/** Readability rewrites `document`: read anything else from it first. Never throws. */
export function runReadability(document: Document): ReadabilityArticle | null {
  try {
    const reader = new Readability<Element>(document, {
      keepClasses: true,
      // our own extractHtmlMeta reads JSON-LD, and the scripts are gone by now anyway
      disableJSONLD: true,
      serializer: (node) => node as Element,
    });
    const article = reader.parse();
    if (!article?.content) return null;
    return { title: article.title?.trim() || undefined, byline: article.byline?.trim() || undefined, content: article.content };
  } catch {
    // Readability assumes a well-formed DOM; a page that breaks it gets the fallback extractor.
    return null;
  }
}
