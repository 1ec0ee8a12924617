"use client";

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

// The article text is rendered on the server with `data-r="<range ids>"` on its spans; showing a
// span only takes one CSS rule, so the (possibly long) text never has to hydrate or re-render.
const RANGE_ID = /^[a-z0-9-]+$/;
// `#span-<start>-<end>`: a claim slot's words, linkable from this page and from others.
const SPAN_HASH = /^#(span-\d+-\d+)$/;

interface HighlightState {
  pinned: string | null;
  setHovered: (rangeId: string | null) => void;
  togglePinned: (rangeId: string) => void;
  pin: (rangeId: string) => void;
}

const HighlightContext = createContext<HighlightState | null>(null);

export function HighlightProvider({ children }: { children: ReactNode }) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  const state = useMemo<HighlightState>(
    () => ({ pinned, setHovered, togglePinned: (rangeId) => setPinned((current) => (current === rangeId ? null : rangeId)), pin: setPinned }),
    [pinned],
  );
  useEffect(() => {
    const pinFromHash = () => {
      const match = SPAN_HASH.exec(window.location.hash);
      if (match?.[1]) setPinned(match[1]);
    };
    pinFromHash();
    window.addEventListener("hashchange", pinFromHash);
    return () => window.removeEventListener("hashchange", pinFromHash);
  }, []);
  const shown = [hovered, pinned].filter((id): id is string => id !== null && RANGE_ID.test(id));
  // The halo is vertical only: a spread would paint over the last letters of the piece before.
  const css = shown
    .map((id) => `[data-r~="${id}"]{background:var(--color-highlight);box-shadow:0 -2px 0 var(--color-highlight),0 2px 0 var(--color-highlight);}`)
    .join("");
  return (
    <HighlightContext.Provider value={state}>
      {css && <style>{css}</style>}
      {children}
    </HighlightContext.Provider>
  );
}

export function useHighlight(): HighlightState {
  const state = useContext(HighlightContext);
  if (!state) throw new Error("useHighlight must be used inside <HighlightProvider>");
  return state;
}
