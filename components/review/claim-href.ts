/** The claim page of a row (or of one outlet's cell in it). Row ids hold ":" and spaces. */
export function claimHref(eventId: string, rowId: string, articleId?: string): string {
  const base = `/events/${encodeURIComponent(eventId)}/claims/${encodeURIComponent(rowId)}`;
  return articleId ? `${base}?article=${encodeURIComponent(articleId)}` : base;
}
