// Where the keyboard focus goes next, in one place: after a route change the new page's heading
// (h1) takes it, after an action the next logical control does, and a dialog gives it back to
// what opened it. Every move waits for the element to be rendered, and none of them pulls the
// focus away from where the person has put it meanwhile.
import { type RefObject, useCallback, useEffect, useRef } from "react";
import { useLocation } from "wouter";

const WAIT_MS = 5000;
const SETTLE_MS = 1500;

/** An element the focus may move away from without taking anything from the person. */
function idle(element: Element | null, before: Element | null): boolean {
  return (
    !element ||
    element === document.body ||
    element === before ||
    !element.isConnected ||
    element.closest("[data-focus-idle]") !== null
  );
}

/**
 * Focuses what `find` answers as soon as it is on the page (within a few seconds), unless the
 * person has moved the focus to something else in the meantime.
 */
export function focusWhenReady(find: () => HTMLElement | null | undefined): () => void {
  // One move at a time: the latest (an action after a page change) wins.
  cancelPending();
  const before = document.activeElement;
  const started = performance.now();
  let frame = 0;
  let focusedAt = 0;
  let focused: Element | null = null;
  const attempt = () => {
    if (focusedAt) {
      // A refetch may render the element anew just after: if the focus fell to the page, put it
      // back on the new one, for a moment. Once the person moves it elsewhere, leave it.
      const active = document.activeElement;
      const dropped = active === null || active === document.body;
      if (!dropped && active !== focused) return;
      if (dropped) {
        const again = find();
        if (again && again.getClientRects().length > 0) {
          again.focus();
          focused = again;
        }
      }
      if (performance.now() - focusedAt < SETTLE_MS) frame = requestAnimationFrame(attempt);
      return;
    }
    if (!idle(document.activeElement, before)) return;
    const element = find();
    // A page still loading keeps the last one hidden: only a shown element counts.
    if (element && element.getClientRects().length > 0) {
      if (!element.hasAttribute("tabindex") && !element.matches("a,button,input,select,textarea"))
        element.setAttribute("tabindex", "-1");
      element.focus();
      if (document.activeElement === element) {
        focused = element;
        focusedAt = performance.now();
        frame = requestAnimationFrame(attempt);
        return;
      }
    }
    if (performance.now() - started < WAIT_MS) frame = requestAnimationFrame(attempt);
  };
  frame = requestAnimationFrame(attempt);
  const cancel = () => cancelAnimationFrame(frame);
  cancelPending = cancel;
  return cancel;
}

/** Stops the focus move under way, if any. */
let cancelPending: () => void = () => {};

/** The first control in `container` a keyboard would use: a field, else a button or link. */
export function firstControl(container: Element | null): HTMLElement | null {
  return (
    container?.querySelector<HTMLElement>(
      "input:not([type=hidden]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), a[href]",
    ) ?? null
  );
}

/** Focuses the element matching `selector` once it is rendered (after an action). */
export function focusNext(selector: string): () => void {
  return focusWhenReady(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) return null;
    // A container names a section: its first control is where the work goes on.
    return element.matches("input,textarea,select,button,a[href],[tabindex]")
      ? element
      : firstControl(element);
  });
}

/**
 * Once in the app's frame: on every route change (not the first load), the new page's h1 takes
 * the focus. A control whose value is the route (the workspace's step switch) marks itself
 * `data-keeps-focus`, so moving through it with the arrows keeps the focus there.
 */
export function useRouteFocus(): void {
  const [location] = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation on purpose
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (document.activeElement?.closest("[data-keeps-focus]")) return;
    const shown = () =>
      [...document.querySelectorAll<HTMLElement>("main h1")].find(
        (h1) => h1.getClientRects().length > 0,
      );
    return focusWhenReady(shown);
  }, [location]);
}

/**
 * For a dialog: remembers what had the focus when it opened and gives the focus back to it when
 * it closes (by Escape, Cancel or after saving).
 */
export function useReturnFocus(opened: boolean): RefObject<HTMLElement | null> {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (opened) {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body) opener.current = active;
      return;
    }
    const element = opener.current;
    opener.current = null;
    if (!element) return;
    // After the dialog's own focus handling has run.
    const timer = window.setTimeout(() => {
      if (element.isConnected) element.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [opened]);
  return opener;
}

/**
 * For a dialog that is mounted only while open: remembers what had the focus when it mounted
 * and answers a function that gives the focus back to it (call it when the dialog is closed
 * without leaving the page: Escape or Cancel).
 */
export function useOpenerFocus(): () => void {
  const opener = useRef<Element | null>(null);
  if (opener.current === null) opener.current = document.activeElement;
  return useCallback(() => {
    const element = opener.current;
    window.setTimeout(() => {
      if (element instanceof HTMLElement && element.isConnected) element.focus();
    }, 0);
  }, []);
}

/** A stable function that moves the focus to `selector` after the next render. */
export function useFocusNext(): (selector: string) => void {
  return useCallback((selector: string) => {
    focusNext(selector);
  }, []);
}
