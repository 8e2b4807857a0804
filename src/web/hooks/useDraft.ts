// Text that must survive a reload or a crashed tab. Every keystroke is written to this
// browser's storage at once, and to the server a moment later. On load, a copy the server never
// confirmed (or one saved after the server's) wins over the server's, and is sent again.
import { useCallback, useEffect, useRef, useState } from "react";

interface StoredDraft {
  value: string;
  savedAt: number;
  synced: boolean;
}

export type DraftStatus = "saved" | "saving" | "unsaved" | "error";

const PREFIX = "inroads.draft.";

function readDraft(key: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as StoredDraft) : null;
  } catch {
    return null;
  }
}

function writeDraft(key: string, draft: StoredDraft): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the server copy still follows shortly.
  }
}

/** The local copy is newer: the server never confirmed it, or it was saved after the server's. */
export function localIsNewer(
  local: StoredDraft | null,
  serverValue: string,
  serverUpdatedAt?: string,
): local is StoredDraft {
  if (!local || local.value === serverValue) return false;
  if (!local.synced) return true;
  return serverUpdatedAt !== undefined && local.savedAt > Date.parse(serverUpdatedAt);
}

export function useDraft({
  key,
  serverValue,
  serverUpdatedAt,
  save,
  delayMs = 600,
}: {
  key: string;
  serverValue: string;
  serverUpdatedAt?: string;
  save: (value: string, keepalive: boolean) => Promise<unknown>;
  delayMs?: number;
}) {
  const [initial] = useState(() => {
    const local = readDraft(key);
    return localIsNewer(local, serverValue, serverUpdatedAt)
      ? { value: local.value, restored: true }
      : { value: serverValue, restored: false };
  });
  const [value, setValueState] = useState(initial.value);
  const [status, setStatus] = useState<DraftStatus>(initial.restored ? "unsaved" : "saved");
  const pending = useRef<string | null>(initial.restored ? initial.value : null);
  const timer = useRef<number | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(
    async (keepalive = false) => {
      window.clearTimeout(timer.current);
      const text = pending.current;
      if (text === null) return;
      pending.current = null;
      setStatus("saving");
      try {
        await saveRef.current(text, keepalive);
        // Only mark synced if nothing newer was typed while the request was under way.
        if (pending.current === null) {
          writeDraft(key, { value: text, savedAt: Date.now(), synced: true });
          setStatus("saved");
        }
      } catch {
        if (pending.current === null) pending.current = text;
        setStatus("error");
        // Keep trying while the page is open; the copy in storage covers a closed tab.
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => void flush(), 5000);
      }
    },
    [key],
  );

  const setValue = useCallback(
    (text: string) => {
      setValueState(text);
      writeDraft(key, { value: text, savedAt: Date.now(), synced: false });
      pending.current = text;
      setStatus("unsaved");
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [key, delayMs, flush],
  );

  useEffect(() => {
    // A restored copy goes back to the server right away.
    if (initial.restored) void flush();
    const onHide = () => void flush(true);
    window.addEventListener("pagehide", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      void flush(true);
    };
  }, [flush, initial.restored]);

  return { value, setValue, status, restored: initial.restored, flush };
}

/** A small piece of state kept in this browser's storage (timer, current question, forms). */
export function useStoredState<T>(key: string, fallback: T) {
  const [state, setState] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(PREFIX + key);
      return raw ? (JSON.parse(raw) as T) : fallback;
    } catch {
      return fallback;
    }
  });
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      setState((previous) => {
        const value = typeof next === "function" ? (next as (previous: T) => T)(previous) : next;
        try {
          localStorage.setItem(PREFIX + key, JSON.stringify(value));
        } catch {
          // Not fatal: the state just won't survive a reload.
        }
        return value;
      });
    },
    [key],
  );
  return [state, set] as const;
}
