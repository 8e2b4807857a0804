// The conversation on a clock. A 20-minute talk is the reference; other lengths keep its
// proportions so that most of the time always goes to the questions.
import { RuleViolation } from "./errors.js";
import { AGENDA_PHASES, type AgendaPhase } from "./vocabulary.js";

export interface AgendaItem {
  phase: AgendaPhase;
  minMinutes: number;
  maxMinutes: number;
  plannedSeconds: number;
  startsAtSecond: number;
}

export const MIN_AGENDA_MINUTES = 5;
export const MAX_AGENDA_MINUTES = 180;
const REFERENCE_MINUTES = 20;

interface Reference {
  minMinutes: number;
  maxMinutes: number;
  plannedSeconds: number;
  floorSeconds: number;
}

const REFERENCE: Readonly<Record<AgendaPhase, Reference>> = {
  welcome: { minMinutes: 2, maxMinutes: 3, plannedSeconds: 150, floorSeconds: 30 },
  context: { minMinutes: 1, maxMinutes: 2, plannedSeconds: 90, floorSeconds: 30 },
  // Questions take whatever the other phases leave, so their planned time is not used.
  questions: { minMinutes: 12, maxMinutes: 15, plannedSeconds: 840, floorSeconds: 0 },
  // Even a short call needs a real minute to thank them and ask who else to talk to.
  wrap_up: { minMinutes: 2, maxMinutes: 2, plannedSeconds: 120, floorSeconds: 60 },
};

const roundToHalfMinute = (minutes: number) => Math.round(minutes * 2) / 2;
const roundTo30Seconds = (seconds: number) => Math.round(seconds / 30) * 30;

export function planAgenda(minutes: number): AgendaItem[] {
  if (!Number.isInteger(minutes) || minutes < MIN_AGENDA_MINUTES || minutes > MAX_AGENDA_MINUTES) {
    const message = `A conversation lasts a whole number of minutes from ${MIN_AGENDA_MINUTES} to ${MAX_AGENDA_MINUTES}; got ${minutes}.`;
    throw new RuleViolation(message, [{ field: "minutes", message }]);
  }
  const scale = minutes / REFERENCE_MINUTES;
  const totalSeconds = minutes * 60;
  const planned = (phase: AgendaPhase) => {
    const ref = REFERENCE[phase];
    return Math.max(ref.floorSeconds, roundTo30Seconds(ref.plannedSeconds * scale));
  };
  const fixedSeconds = planned("welcome") + planned("context") + planned("wrap_up");

  let startsAtSecond = 0;
  return AGENDA_PHASES.map((phase) => {
    const ref = REFERENCE[phase];
    const plannedSeconds = phase === "questions" ? totalSeconds - fixedSeconds : planned(phase);
    const plannedMinutes = plannedSeconds / 60;
    // Floors can push the plan past a scaled range; widen the range rather than contradict it.
    const item: AgendaItem = {
      phase,
      minMinutes: Math.min(roundToHalfMinute(ref.minMinutes * scale), plannedMinutes),
      maxMinutes: Math.max(roundToHalfMinute(ref.maxMinutes * scale), plannedMinutes),
      plannedSeconds,
      startsAtSecond,
    };
    startsAtSecond += plannedSeconds;
    return item;
  });
}

export function agendaTotalSeconds(agenda: readonly AgendaItem[]): number {
  return agenda.reduce((sum, item) => sum + item.plannedSeconds, 0);
}

export interface AgendaPosition {
  phase: AgendaPhase;
  phaseIndex: number;
  secondsLeftInPhase: number;
  secondsLeftTotal: number;
  overtimeSeconds: number;
  /** The promised end has come: offer to stop, and let them choose to go on. */
  stopOnTime: boolean;
}

export function agendaPosition(
  agenda: readonly AgendaItem[],
  elapsedSeconds: number,
): AgendaPosition {
  const last = agenda[agenda.length - 1];
  if (last === undefined) {
    const message = "The agenda has no phases.";
    throw new RuleViolation(message, [{ field: "agenda", message }]);
  }
  const elapsed = Math.max(0, elapsedSeconds);
  const total = agendaTotalSeconds(agenda);
  if (elapsed >= total) {
    const wrapIndex = agenda.findIndex((item) => item.phase === "wrap_up");
    return {
      phase: "wrap_up",
      phaseIndex: wrapIndex >= 0 ? wrapIndex : agenda.length - 1,
      secondsLeftInPhase: 0,
      secondsLeftTotal: 0,
      overtimeSeconds: elapsed - total,
      stopOnTime: true,
    };
  }
  let phaseIndex = agenda.length - 1;
  let item = last;
  for (const [index, candidate] of agenda.entries()) {
    if (elapsed < candidate.startsAtSecond + candidate.plannedSeconds) {
      phaseIndex = index;
      item = candidate;
      break;
    }
  }
  return {
    phase: item.phase,
    phaseIndex,
    secondsLeftInPhase: item.startsAtSecond + item.plannedSeconds - elapsed,
    secondsLeftTotal: total - elapsed,
    overtimeSeconds: 0,
    stopOnTime: false,
  };
}

const LABELS: Readonly<Record<AgendaPhase, string>> = {
  welcome: "Thanks and small talk",
  context: "Who you are and why you asked",
  questions: "Your questions",
  wrap_up: "Thanks and wrap-up",
};

export function phaseLabel(phase: AgendaPhase): string {
  return LABELS[phase];
}
