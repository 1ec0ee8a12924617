"use client";

import { useRef, type KeyboardEvent } from "react";

/** Ctrl/⌘+Enter submits the form from any of its fields (the review forms are long). */
export function useSaveShortcut() {
  const formRef = useRef<HTMLFormElement>(null);
  function onKeyDown(event: KeyboardEvent) {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }
  return { formRef, onKeyDown };
}
