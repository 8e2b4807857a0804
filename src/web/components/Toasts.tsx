// Short messages after an action, with "Undo" where the action can be taken back. A live region
// reads them out to screen-reader users without moving their focus.
import { Button, Group, Notification, Portal, Stack } from "@mantine/core";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";

export interface ToastInput {
  message: string;
  tone?: "success" | "error" | "info";
  undo?: () => unknown;
}

interface ShownToast extends ToastInput {
  id: number;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => {});

export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}

const COLORS = { success: "brand", error: "red", info: "blue" } as const;
let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);
  const show = useCallback(
    (toast: ToastInput) => {
      const id = nextId++;
      // A new message replaces the last one's plain news: a stack of them covered the page
      // after a few quick steps. One that can still be undone, or an error, stays beside it.
      setToasts((list) => [
        ...list.filter((t) => t.undo || t.tone === "error").slice(-1),
        { ...toast, id },
      ]);
      const ms = toast.tone === "error" ? 9000 : toast.undo ? 8000 : 4000;
      window.setTimeout(() => dismiss(id), ms);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <Portal>
        <div className="toasts" role="status" aria-live="polite">
          <Stack gap="xs">
            {toasts.map((toast) => (
              <Notification
                key={toast.id}
                color={COLORS[toast.tone ?? "success"]}
                onClose={() => dismiss(toast.id)}
                closeButtonProps={{ "aria-label": "Dismiss message" }}
                withBorder
              >
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <span>{toast.message}</span>
                  {toast.undo && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={async () => {
                        dismiss(toast.id);
                        await toast.undo?.();
                      }}
                    >
                      Undo
                    </Button>
                  )}
                </Group>
              </Notification>
            ))}
          </Stack>
        </div>
      </Portal>
    </ToastContext.Provider>
  );
}
