// Every change the user makes goes through here: call the API, refresh what it made stale, and
// say what happened (or what went wrong) in a toast.
import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { errorMessage } from "../api/client";
import type { Stale } from "../api/keys";
import { useToast } from "../components/Toasts";

export interface ActionOptions<O> {
  /** What to say when it worked; nothing is said when left out. */
  success?: string | ((output: O) => string);
  /** A way to take it back, offered in the toast. */
  undo?: (output: O) => Promise<unknown>;
  /**
   * The query roots the change makes stale (the api modules name them: stepTaken,
   * personChanged…). Autosaves give none, so a refetch never fights the text being typed.
   */
  stale: Stale;
  onDone?: (output: O) => void;
  /**
   * The action removes what the page shows (a delete): run onDone (which leaves the page) first
   * and refresh once the page is gone, so nothing asks again for what no longer exists.
   */
  leaves?: boolean;
  /**
   * With `leaves`: the queries of what was deleted. The refresh waits until no page reads them
   * (a lazily loaded next page can keep the old one up a little longer than a frame), and they
   * are dropped instead of refetched: asking for a deleted record only earns a 404.
   */
  gone?: Stale;
}

/** Resolves after the next frame, by which time React has rendered the page we moved to. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Waits (up to two seconds) until no page reads these queries, then drops them. */
async function unread(client: QueryClient, gone: Stale): Promise<void> {
  const read = () =>
    gone.some((queryKey) =>
      client
        .getQueryCache()
        .findAll({ queryKey })
        .some((query) => query.getObserversCount() > 0),
    );
  for (let waited = 0; read() && waited < 2000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const queryKey of gone) {
    await client.cancelQueries({ queryKey });
    client.removeQueries({ queryKey });
  }
}

function refresh(client: QueryClient, stale: Stale): Promise<unknown> {
  return Promise.all(stale.map((queryKey) => client.invalidateQueries({ queryKey })));
}

export function useAction<I, O>(run: (input: I) => Promise<O>, options: ActionOptions<O>) {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: run,
    onSuccess: async (output) => {
      if (options.leaves) {
        options.onDone?.(output);
        await nextFrame();
        await unread(client, options.gone ?? []);
        await refresh(client, options.stale);
      } else {
        await refresh(client, options.stale);
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
                await refresh(client, options.stale);
              }
            : undefined,
        });
      }
    },
    onError: (error) => toast({ message: errorMessage(error), tone: "error" }),
  });
}
