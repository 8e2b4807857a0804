// The short pitch the seeker gives when asked about themselves. It has to fit in about
// thirty seconds, so the rule times it from a word count and a speaking rate.
import { RuleViolation } from "./errors.js";
import type { PracticeSettings } from "./settings.js";

export interface PitchParts {
  whoIAm: string;
  whatIDid: string;
  whatIWant: string;
  howYouCanHelp: string;
}

export type PitchPart = keyof PitchParts;

export const PITCH_PARTS: readonly { key: PitchPart; label: string; hint: string }[] = [
  { key: "whoIAm", label: "Who I am", hint: "Your name and where you work or study." },
  { key: "whatIDid", label: "What I did", hint: "The experience that brought you here." },
  { key: "whatIWant", label: "What I want next", hint: "The work you are aiming for." },
  {
    key: "howYouCanHelp",
    label: "How you can help",
    hint: "What this person could do for you: advice, names, a view of their field.",
  },
];

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words as a listener hears them: a lone dash or bullet is not a word, "mid-size" is one. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => HAS_LETTER_OR_DIGIT.test(token)).length;
}

export type PitchState = "empty" | "ok" | "long";

export interface PitchTiming {
  words: number;
  seconds: number;
  perPart: { part: PitchPart; words: number; seconds: number }[];
  overBySeconds: number;
  missingParts: PitchPart[];
  state: PitchState;
}

const roundToTenth = (value: number) => Math.round(value * 10) / 10;

export function pitchTiming(parts: PitchParts, settings: PracticeSettings): PitchTiming {
  const rate = settings.speakingRateWpm;
  if (!Number.isFinite(rate) || rate <= 0) {
    const message = `The speaking rate must be a positive number of words per minute; got ${rate}.`;
    throw new RuleViolation(message, [{ field: "speakingRateWpm", message }]);
  }
  const secondsFor = (words: number) => roundToTenth((words / rate) * 60);
  const perPart = PITCH_PARTS.map(({ key }) => {
    const words = countWords(parts[key]);
    return { part: key, words, seconds: secondsFor(words) };
  });
  const words = perPart.reduce((sum, p) => sum + p.words, 0);
  const seconds = secondsFor(words);
  let state: PitchState = "ok";
  if (words === 0) state = "empty";
  else if (seconds > settings.pitchMaxSeconds) state = "long";
  return {
    words,
    seconds,
    perPart,
    overBySeconds: Math.max(0, roundToTenth(seconds - settings.pitchMaxSeconds)),
    missingParts: perPart.filter((p) => p.words === 0).map((p) => p.part),
    state,
  };
}
