// Every string that reaches a report's HTML came from an article or a reviewer: untrusted. It goes
// in through these two functions only, as text or as an attribute value, never as markup.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** an href only for web and mail links; anything else (javascript:, data:, relative) is no link */
export function safeHref(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  return trimmed && SAFE_LINK.test(trimmed) ? escapeHtml(trimmed) : null;
}

/** a link when the URL is safe, else the text alone */
export function linkOrText(url: string | null | undefined, text: string): string {
  const href = safeHref(url);
  return href ? `<a href="${href}" rel="noopener noreferrer nofollow">${escapeHtml(text)}</a>` : escapeHtml(text);
}
