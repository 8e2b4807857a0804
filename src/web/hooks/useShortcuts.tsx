// The keyboard: "/" focuses the search, "n" adds (what depends on the page), "?" lists the keys
// (components/ShortcutList), Esc closes dialogs
// (Mantine does that). A page says what "n" adds by registering its handler here.
import { useHotkeys } from "@mantine/hooks";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
} from "react";
import { ShortcutList } from "../components/ShortcutList";

type AddHandler = () => void;

interface Shortcuts {
  register(handler: AddHandler): () => void;
}

const ShortcutContext = createContext<Shortcuts>({ register: () => () => {} });

/** Focuses the page's own search box when it has one, else the header's. */
export function focusSearch(): boolean {
  const inPage = document.querySelector<HTMLInputElement>("main [data-search]");
  const target = inPage ?? document.querySelector<HTMLInputElement>("[data-search]");
  if (!target) return false;
  target.focus();
  target.select();
  return true;
}

export function ShortcutProvider({
  children,
  fallbackAdd,
}: {
  children: ReactNode;
  fallbackAdd: AddHandler;
}) {
  const handlers = useRef<AddHandler[]>([]);
  const register = useCallback((handler: AddHandler) => {
    handlers.current.push(handler);
    return () => {
      handlers.current = handlers.current.filter((h) => h !== handler);
    };
  }, []);
  const add = useCallback(() => {
    const handler = handlers.current[handlers.current.length - 1] ?? fallbackAdd;
    handler();
  }, [fallbackAdd]);
  useHotkeys([
    ["/", () => focusSearch()],
    ["n", add],
  ]);
  const value = useMemo(() => ({ register }), [register]);
  return (
    <ShortcutContext.Provider value={value}>
      {children}
      <ShortcutList />
    </ShortcutContext.Provider>
  );
}

/** Makes "n" on this page run `handler` (the latest mounted page wins). */
export function usePageAdd(handler: AddHandler): void {
  const { register } = useContext(ShortcutContext);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => register(() => latest.current()), [register]);
}
