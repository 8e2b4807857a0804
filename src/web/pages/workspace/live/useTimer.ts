// The conversation's clock. It runs in the browser and is kept in storage, so a reload or a
// crashed tab picks it up where it was, still running.
import { useEffect, useState } from "react";
import { useStoredState } from "../../../hooks/useDraft";

interface TimerState {
  running: boolean;
  /** When the current run started (ms since epoch); null when paused. */
  startedAt: number | null;
  /** Seconds counted before the current run. */
  before: number;
}

const STOPPED: TimerState = { running: false, startedAt: null, before: 0 };

export function useTimer(conversationId: string) {
  const [state, setState] = useStoredState<TimerState>(`timer.${conversationId}`, STOPPED);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!state.running) return;
    const tick = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(tick);
  }, [state.running]);
  const elapsed =
    state.before + (state.running && state.startedAt ? (now - state.startedAt) / 1000 : 0);
  return {
    elapsed,
    running: state.running,
    started: state.running || state.before > 0,
    start: () => {
      setNow(Date.now());
      setState((s) => (s.running ? s : { running: true, startedAt: Date.now(), before: s.before }));
    },
    pause: () =>
      setState((s) =>
        s.running && s.startedAt
          ? {
              running: false,
              startedAt: null,
              before: s.before + (Date.now() - s.startedAt) / 1000,
            }
          : s,
      ),
    reset: () => setState(STOPPED),
  };
}

export type Timer = ReturnType<typeof useTimer>;
