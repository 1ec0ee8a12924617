// DOM subtree -> ordered text blocks (one per block-level element), with the facts the cleaning
// rules need: which elements enclose the text, their class/id words, how much of it is link text.

export interface HtmlBlock {
  /** white space collapsed, entities already decoded by the parser */
  text: string;
  /** lower-case tag of the innermost block element holding the text ("p", "li", "h2"...) */
  tag: string;
  /** lower-case tags of the enclosing elements, outermost first (the walk root excluded) */
  ancestors: string[];
  /** lower-case class, id, role and itemprop words of the block element and its ancestors (not the root's: a page or article wrapper says nothing about one block) */
  hints: string;
  /** class/id words of the block element itself and its parent only */
  ownHints: string;
  /** characters of `text` that sit inside <a> elements */
  linkChars: number;
  linkCount: number;
  /** the block is, or sits in, an element a reader cannot see (display:none...) */
  hidden: boolean;
  /** the enclosing block elements, outermost first, ending with the block element itself */
  path: Element[];
  /** the DOM text nodes the block was read from: they survive Readability's rewrites, so they tie its output back to the page */
  textNodes: Text[];
  /** index of the nearest enclosing container (block element with nested blocks), to group siblings */
  containerId: number;
}

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
  "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
  "menu", "legend", "body",
]);

const SKIPPED_TAGS = new Set(["script", "style", "noscript", "template", "svg", "math", "head", "select", "button", "iframe", "textarea", "object", "canvas"]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

interface Context {
  tag: string;
  ancestors: string[];
  hints: string;
  ownHints: string;
  /** class/id words of this element alone */
  own: string;
  path: Element[];
  hidden: boolean;
  containerId: number;
}

interface Pending {
  parts: string[];
  textNodes: Text[];
  linkChars: number;
  linkCount: number;
}

type Step = { node: Node; linkDepth: number; context: Context } | { exit: Context };

/**
 * Walks iteratively rather than recursively: malformed pages (unclosed <font> or <div> by the
 * thousand) nest deeper than the call stack allows.
 */
export function collectTextBlocks(root: Element): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let pending: Pending = { parts: [], textNodes: [], linkChars: 0, linkCount: 0 };
  let containers = 0;
  const rootContext: Context = { tag: root.tagName.toLowerCase(), ancestors: [], hints: "", ownHints: "", own: "", path: [], hidden: false, containerId: 0 };
  let current = rootContext;

  const flush = (context: Context) => {
    const text = pending.parts.join("").replace(/\s+/g, " ").trim();
    if (text) {
      blocks.push({ text, tag: context.tag, ancestors: context.ancestors, hints: context.hints, ownHints: context.ownHints, linkChars: Math.min(pending.linkChars, text.length), linkCount: pending.linkCount, path: context.path, hidden: context.hidden, textNodes: pending.textNodes, containerId: context.containerId });
    }
    pending = { parts: [], textNodes: [], linkChars: 0, linkCount: 0 };
  };

  const stack: Step[] = [];
  for (let child = root.lastChild; child; child = child.previousSibling) stack.push({ node: child, linkDepth: 0, context: rootContext });

  while (stack.length) {
    const step = stack.pop()!;
    if ("exit" in step) {
      flush(current);
      current = step.exit;
      continue;
    }
    const { node, linkDepth, context } = step;
    current = context;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      pending.parts.push(data);
      pending.textNodes.push(node as Text);
      if (linkDepth > 0) pending.linkChars += data.replace(/\s+/g, " ").length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === "br") {
      flush(context);
      continue;
    }
    if (tag === "img") continue;
    const hidden = context.hidden || isHidden(element);
    const isLink = tag === "a";
    if (isLink) pending.linkCount += 1;
    const childLinkDepth = linkDepth + (isLink ? 1 : 0);
    let childContext = context;
    if (BLOCK_TAGS.has(tag)) {
      flush(context);
      const own = hintsOf(element);
      containers += 1;
      childContext = {
        tag,
        ancestors: [...context.ancestors, tag],
        hints: own ? `${context.hints} ${own}` : context.hints,
        ownHints: `${own} ${context.own}`.trim(),
        own,
        path: [...context.path, element],
        hidden,
        containerId: containers,
      };
      stack.push({ exit: context });
    } else if (hidden !== context.hidden) {
      childContext = { ...context, hidden };
    }
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push({ node: child, linkDepth: childLinkDepth, context: childContext });
  }
  flush(current);
  return blocks;
}

function hintsOf(element: Element): string {
  const parts = [element.getAttribute("class"), element.getAttribute("id"), element.getAttribute("role"), element.getAttribute("itemprop")];
  return parts.filter(Boolean).join(" ").toLowerCase();
}

function isHidden(element: Element): boolean {
  const style = element.getAttribute("style");
  return Boolean(style && HIDDEN_STYLE.test(style));
}
