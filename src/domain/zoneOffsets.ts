// A zone's offset from UTC at an instant, by arithmetic between the zone's transitions. Asking
// Temporal costs about 10 µs an instant (parsing, then the zone's rules), and a page dates
// hundreds of them (Today, the people waiting to be asked; Progress, everyone added). The
// offset only changes at a transition, twice a year where clocks change and never in UTC, so
// the stretch around an instant is asked for once and every instant inside it is dated from
// it, with Temporal still the only judge of what the offset is.
import { Temporal } from "temporal-polyfill";

interface Stretch {
  /** Epoch milliseconds, inclusive. */
  from: number;
  /** Epoch milliseconds, exclusive. */
  until: number;
  offsetMs: number;
}

/**
 * How far a stretch reaches from the instant it was asked for. Temporal looks for transitions
 * about three years ahead and reports none past that; a year stays well inside what it looked
 * at.
 */
const REACH_MS = 365 * 86_400_000;

// Remembered per zone, a few stretches each: the instants of one page fall within a year or
// two. Bounded so a long-running server does not keep every zone and year it was asked about.
const STRETCHES_PER_ZONE = 16;
const ZONES_KEPT = 64;
const known = new Map<string, Stretch[]>();

function offsetMsAt(epochMs: number, timeZone: string): number {
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
  return zoned.offsetNanoseconds / 1e6;
}

/** The stretch of constant offset around an instant, both ends checked with Temporal. */
function stretchAround(epochMs: number, timeZone: string): Stretch {
  const here = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
  const offsetMs = here.offsetNanoseconds / 1e6;
  const next = here.getTimeZoneTransition("next")?.epochMilliseconds ?? Number.POSITIVE_INFINITY;
  const previous =
    here.getTimeZoneTransition("previous")?.epochMilliseconds ?? Number.NEGATIVE_INFINITY;
  let until = Math.min(next, epochMs + REACH_MS);
  let from = Math.max(previous, epochMs - REACH_MS);
  // A transition at the instant itself is reported on one side or the other; an end whose
  // offset is not this one's shrinks the stretch to the instant alone on that side.
  if (until <= epochMs || offsetMsAt(until - 1, timeZone) !== offsetMs) until = epochMs + 1;
  if (from > epochMs || offsetMsAt(from, timeZone) !== offsetMs) from = epochMs;
  return { from, until, offsetMs };
}

/** The zone's offset from UTC, in milliseconds, at an instant given in epoch milliseconds. */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const stretches = known.get(timeZone);
  const hit = stretches?.find((s) => s.from <= epochMs && epochMs < s.until);
  if (hit) return hit.offsetMs;
  const stretch = stretchAround(epochMs, timeZone);
  if (stretches) {
    if (stretches.length >= STRETCHES_PER_ZONE) stretches.shift();
    stretches.push(stretch);
  } else {
    if (known.size >= ZONES_KEPT) known.clear();
    known.set(timeZone, [stretch]);
  }
  return stretch.offsetMs;
}
