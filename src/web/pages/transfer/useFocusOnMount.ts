// A result that replaces what the user was looking at takes the focus, so a keyboard or
// screen-reader user lands on it instead of on a button that has just disappeared.
import { useEffect, useRef } from "react";

export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  // Only on mount: a later change of `enabled` must not pull the focus back.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once on purpose
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, []);
  return ref;
}
