// Every change the user makes goes through here: call the API, refresh what is on screen, and
// say what happened (or what went wrong) in a toast.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { errorMessage } from "../api/client";
import { refreshAll } from "../api/queries";
import { useToast } from "../components/Toasts";

export interface ActionOptions<O> {
  /** What to say when it worked; nothing is said when left out. */
  success?: string | ((output: O) => string);
  /** A way to take it back, offered in the toast. */
  undo?: (output: O) => Promise<unknown>;
  /** Autosaves skip the refresh so a refetch never fights the text being typed. */
  refresh?: boolean;
  onDone?: (output: O) => void;
  /**
   * The action removes what the page shows (a delete): run onDone (which leaves the page) first
   * and refresh once the page is gone, so nothing asks again for what no longer exists.
   */
  leaves?: boolean;
}

/** Resolves after the next frame, by which time React has rendered the page we moved to. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export function useAction<I, O>(run: (input: I) => Promise<O>, options: ActionOptions<O> = {}) {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: run,
    onSuccess: async (output) => {
      if (options.leaves) {
        options.onDone?.(output);
        await nextFrame();
        if (options.refresh !== false) await refreshAll(client);
      } else {
        if (options.refresh !== false) await refreshAll(client);
        options.onDone?.(output);
      }
      const { success, undo } = options;
      if (success) {
        toast({
          message: typeof success === "function" ? success(output) : success,
          tone: "success",
          undo: undo
            ? async () => {
                try {
                  await undo(output);
                  toast({ message: "Undone.", tone: "info" });
                } catch (error) {
                  toast({ message: errorMessage(error), tone: "error" });
                }
                await refreshAll(client);
              }
            : undefined,
        });
      }
    },
    onError: (error) => toast({ message: errorMessage(error), tone: "error" }),
  });
}
