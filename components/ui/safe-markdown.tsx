import Markdown, { defaultUrlTransform } from "react-markdown";

// Reviewer notes are Markdown written by people but pasted from anywhere, so they are untrusted:
// react-markdown builds React elements (no innerHTML), raw HTML is shown as text, not parsed
// (skipHtml would silently drop it), images are not loaded (no requests to third parties), and
// only http(s) and mailto links survive; anything else (javascript:, data:, vbscript:) loses its href.
const SAFE_SCHEME = /^(https?:|mailto:)/i;

function safeUrl(url: string): string {
  const transformed = defaultUrlTransform(url);
  return SAFE_SCHEME.test(transformed) ? transformed : "";
}

export function SafeMarkdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={`safe-markdown ${className ?? ""}`}>
      <Markdown
        urlTransform={safeUrl}
        disallowedElements={["img"]}
        unwrapDisallowed
        components={{
          a: ({ href, children: text }) =>
            href ? (
              <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                {text}
              </a>
            ) : (
              <span>{text}</span>
            ),
        }}
      >
        {children}
      </Markdown>
    </div>
  );
}
