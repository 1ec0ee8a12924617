// DOM subtree -> ordered text blocks (one per block-level element), with the facts the cleaning
// rules need: which elements enclose the text, their class/id words, how much of it is link text.

export interface HtmlBlock {
  /** white space collapsed, entities already decoded by the parser */
  text: string;
  /** lower-case tag of the innermost block element holding the text ("p", "li", "h2"...) */
  tag: string;
  /** lower-case tags of the enclosing block elements, outermost first (the walk root excluded) */
  ancestors: string[];
  /** the enclosing block elements, outermost first, ending with the block element itself */
  path: Element[];
  /**
   * lower-case class, id, role and itemprop words of the block element and its ancestors; not
   * the root's, since a page or article wrapper says nothing about one block
   */
  hints: string;
  /** characters of `text` that sit inside <a> elements */
  linkChars: number;
  linkCount: number;
  /** the block is, or sits in, an element a reader cannot see (display:none...) */
  hidden: boolean;
}

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
  "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
  "menu", "legend", "body",
]);

const SKIPPED_TAGS = new Set(["script", "style", "noscript", "template", "svg", "math", "head", "select", "button", "iframe", "textarea", "object", "canvas", "img"]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

interface Context {
  tag: string;
  ancestors: string[];
  path: Element[];
  hints: string;
  hidden: boolean;
}

interface Pending {
  parts: string[];
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
  let pending: Pending = { parts: [], linkChars: 0, linkCount: 0 };
  const rootContext: Context = { tag: root.tagName.toLowerCase(), ancestors: [], path: [], hints: "", hidden: false };
  let current = rootContext;

  const flush = (context: Context) => {
    const text = pending.parts.join("").replace(/\s+/g, " ").trim();
    if (text) {
      const { tag, ancestors, path, hints, hidden } = context;
      blocks.push({ text, tag, ancestors, path, hints, hidden, linkChars: Math.min(pending.linkChars, text.length), linkCount: pending.linkCount });
    }
    pending = { parts: [], linkChars: 0, linkCount: 0 };
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
    const hidden = context.hidden || HIDDEN_STYLE.test(element.getAttribute("style") ?? "");
    if (tag === "a") pending.linkCount += 1;
    let childContext = context;
    if (BLOCK_TAGS.has(tag)) {
      flush(context);
      const own = hintsOf(element);
      childContext = {
        tag,
        ancestors: [...context.ancestors, tag],
        path: [...context.path, element],
        hints: own ? `${context.hints} ${own}` : context.hints,
        hidden,
      };
      stack.push({ exit: context });
    } else if (hidden !== context.hidden) {
      childContext = { ...context, hidden };
    }
    const childLinkDepth = linkDepth + (tag === "a" ? 1 : 0);
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push({ node: child, linkDepth: childLinkDepth, context: childContext });
  }
  flush(current);
  return blocks;
}

function hintsOf(element: Element): string {
  const parts = [element.getAttribute("class"), element.getAttribute("id"), element.getAttribute("role"), element.getAttribute("itemprop")];
  return parts.filter(Boolean).join(" ").toLowerCase();
}
