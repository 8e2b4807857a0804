// The cohort dashboard's columns: what each shows of a seeker, and the sort the server knows it
// by. A value the seeker does not share is null, and the page says "not shared" for it.
import type { CohortRow } from "../../api/centers";
import type { Scope } from "../../lib/coachingWords";
import { formatDate } from "../../lib/coachingWords";

export type CohortSort =
  | "name"
  | "joinedAt"
  | "peopleAdded"
  | "asksSent"
  | "conversationsHeld"
  | "thankYouOnTimePercent"
  | "referralYield"
  | "overdueFollowUps"
  | "lastActiveAt"
  | "flags";

export interface CohortColumn {
  sort: CohortSort;
  label: string;
  /** The table's header, short enough for eight columns beside the navigation. */
  short: string;
  /** The scope the value needs. */
  needs: Scope;
  value: (row: CohortRow) => string | null;
}

const progress =
  (read: (facts: NonNullable<CohortRow["progress"]>) => string) =>
  (row: CohortRow): string | null =>
    row.progress ? read(row.progress) : null;

export const FACT_COLUMNS: CohortColumn[] = [
  {
    sort: "peopleAdded",
    short: "People",
    label: "People added",
    needs: "progress",
    value: progress((f) => String(f.peopleAdded)),
  },
  {
    sort: "asksSent",
    short: "Asks (1·2·3)",
    label: "Asks sent (1st·2nd·3rd)",
    needs: "progress",
    value: progress(
      (f) =>
        `${f.asksSent}${f.asksSent > 0 ? ` (${f.asksByAttempt[0]}·${f.asksByAttempt[1]}·${f.asksByAttempt[2]})` : ""}`,
    ),
  },
  {
    sort: "conversationsHeld",
    short: "Held",
    label: "Conversations held",
    needs: "progress",
    value: progress((f) => String(f.conversationsHeld)),
  },
  {
    sort: "thankYouOnTimePercent",
    short: "Thanks in 24 h",
    label: "Thank-yous in 24 h",
    needs: "progress",
    value: progress((f) =>
      f.thankYouOnTimePercent === null ? "none yet" : `${f.thankYouOnTimePercent} %`,
    ),
  },
  {
    sort: "referralYield",
    short: "Yield",
    label: "Referral yield",
    needs: "progress",
    value: progress((f) => (f.referralYield === null ? "none yet" : f.referralYield.toFixed(1))),
  },
  {
    sort: "overdueFollowUps",
    short: "Overdue",
    label: "Overdue follow-ups",
    needs: "pipeline",
    value: (row) => (row.pipeline ? String(row.pipeline.overdueFollowUps) : null),
  },
  {
    sort: "lastActiveAt",
    short: "Last active",
    label: "Last active",
    needs: "progress",
    value: progress((f) => (f.lastActiveAt ? formatDate(f.lastActiveAt) : "not yet")),
  },
];

/** "Complete" or "2 gaps" per target, when the pipeline is shared. */
export function coverageText(row: CohortRow): string | null {
  if (!row.pipeline) return null;
  const { targets } = row.pipeline;
  if (targets.length === 0) return "no target yet";
  const state = (t: (typeof targets)[number]) =>
    t.complete ? "complete" : `${t.gaps} gap${t.gaps === 1 ? "" : "s"}`;
  // One target (the usual case) needs no name; several are told apart by their role.
  const [only] = targets;
  if (targets.length === 1 && only) return state(only);
  return targets.map((t) => `${t.role}: ${state(t)}`).join("; ");
}
