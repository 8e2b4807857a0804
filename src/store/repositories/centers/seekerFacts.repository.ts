// The numbers behind the cohort dashboard, for many seekers at once: one grouped query a table,
// whatever the number of seekers, so a page of a 1,500-seeker program costs a few statements.
import { sql } from "kysely";
import type { Tx } from "../../handle.js";
import { dbOf, handleOf } from "../../handle.js";
import { idTable, isOneOf } from "./seekerSet.js";

export interface ProgressCounts {
  peopleAdded: number;
  asksSent: number;
  firstAsks: number;
  secondAsks: number;
  laterAsks: number;
  conversationsHeld: number;
  thankYousSent: number;
  thankYousOnTime: number;
  referrals: number;
  lastAskAt: string | null;
  lastActiveAt: string | null;
}

const n = (value: unknown) => Number(value ?? 0);
const latest = (...values: (string | null | undefined)[]) =>
  values.reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null);

/**
 * Which counts to make. Asks and talks are always counted (the attention flags need them); the
 * people (a seeker's largest table), the referrals and the thank-yous' timing only when asked:
 * the cohort counts those for its page, or for every seeker only when it sorts by them.
 */
export interface CountParts {
  people: boolean;
  referrals: boolean;
  onTime: boolean;
}

const ALL_PARTS: CountParts = { people: true, referrals: true, onTime: true };

/** A seeker with nothing counted yet: every count 0, no dates. */
export const NO_COUNTS: Readonly<ProgressCounts> = {
  peopleAdded: 0,
  asksSent: 0,
  firstAsks: 0,
  secondAsks: 0,
  laterAsks: 0,
  conversationsHeld: 0,
  thankYousSent: 0,
  thankYousOnTime: 0,
  referrals: 0,
  lastAskAt: null,
  lastActiveAt: null,
};

export async function progressCounts(
  tx: Tx,
  seekerIds: readonly string[],
  parts: CountParts = ALL_PARTS,
): Promise<Map<string, ProgressCounts>> {
  const result = new Map<string, ProgressCounts>();
  if (seekerIds.length === 0) return result;
  const db = dbOf(tx);
  const ids = [...seekerIds];
  // A thank-you on time: sent within 24 hours of the conversation. The instants are ISO text
  // on both engines, so each engine turns them into time its own way.
  const onTime = !parts.onTime
    ? sql<number>`0`
    : handleOf(tx).engine === "postgres"
      ? sql<number>`sum(case when thank_you_sent_at is not null and held_at is not null and thank_you_sent_at::timestamptz <= held_at::timestamptz + interval '24 hours' then 1 else 0 end)`
      : sql<number>`sum(case when thank_you_sent_at is not null and held_at is not null and julianday(thank_you_sent_at) - julianday(held_at) <= 1 then 1 else 0 end)`;
  const [people, attempts, conversations, referrals] = await Promise.all([
    parts.people
      ? db
          .selectFrom("people")
          .select([
            "owner_id",
            (eb) => eb.fn.countAll<string>().as("n"),
            (eb) => eb.fn.max("updated_at").as("last"),
          ])
          .where(isOneOf(tx, "owner_id", ids))
          .groupBy("owner_id")
          .execute()
      : [],
    db
      .selectFrom("attempts")
      .select([
        "owner_id",
        (eb) => eb.fn.countAll<string>().as("n"),
        sql<number>`sum(case when number = 1 then 1 else 0 end)`.as("first"),
        sql<number>`sum(case when number = 2 then 1 else 0 end)`.as("second"),
        sql<number>`sum(case when number >= 3 then 1 else 0 end)`.as("later"),
        (eb) => eb.fn.max("sent_at").as("last"),
      ])
      .where(isOneOf(tx, "owner_id", ids))
      .groupBy("owner_id")
      .execute(),
    db
      .selectFrom("conversations")
      .select([
        "owner_id",
        sql<number>`sum(case when held_at is not null then 1 else 0 end)`.as("held"),
        sql<number>`sum(case when thank_you_sent_at is not null then 1 else 0 end)`.as("thanked"),
        onTime.as("on_time"),
        (eb) => eb.fn.max("updated_at").as("last"),
      ])
      .where(isOneOf(tx, "owner_id", ids))
      .groupBy("owner_id")
      .execute(),
    parts.referrals
      ? db
          .selectFrom("referrals")
          .select(["owner_id", (eb) => eb.fn.countAll<string>().as("n")])
          .where(isOneOf(tx, "owner_id", ids))
          .groupBy("owner_id")
          .execute()
      : [],
  ]);
  for (const id of ids) result.set(id, { ...NO_COUNTS });
  const at = (id: string) => result.get(id) as ProgressCounts;
  for (const row of people) {
    const facts = at(row.owner_id);
    facts.peopleAdded = n(row.n);
    facts.lastActiveAt = latest(facts.lastActiveAt, row.last as string | null);
  }
  for (const row of attempts) {
    const facts = at(row.owner_id);
    facts.asksSent = n(row.n);
    facts.firstAsks = n(row.first);
    facts.secondAsks = n(row.second);
    facts.laterAsks = n(row.later);
    facts.lastAskAt = (row.last as string | null) ?? null;
    facts.lastActiveAt = latest(facts.lastActiveAt, facts.lastAskAt);
  }
  for (const row of conversations) {
    const facts = at(row.owner_id);
    facts.conversationsHeld = n(row.held);
    facts.thankYousSent = n(row.thanked);
    facts.thankYousOnTime = n(row.on_time);
    facts.lastActiveAt = latest(facts.lastActiveAt, row.last as string | null);
  }
  for (const row of referrals) at(row.owner_id).referrals = n(row.n);
  return result;
}

/** The few numbers a cohort sorts and flags every seeker by, without reading all their rows. */
export interface RankCounts {
  asksSent: number;
  conversationsHeld: number;
  lastAskAt: string | null;
  /** Only when asked for (sorting by it); else null. */
  lastActiveAt: string | null;
  /** Only when asked for (sorting by referral yield); else 0. */
  referrals: number;
}

/**
 * One statement for any number of seekers, each seeker's numbers read from their own index
 * entries (attempts by owner and time, conversations by owner and held_at, people by owner and
 * update): a 1,500-seeker program costs a few thousand index probes instead of scans of every
 * seeker's rows.
 */
export async function rankCounts(
  tx: Tx,
  seekerIds: readonly string[],
  options: { asks: boolean; lastActive: boolean; referrals: boolean },
): Promise<Map<string, RankCounts>> {
  const result = new Map<string, RankCounts>();
  if (seekerIds.length === 0) return result;
  // Counting every ask reads all of a seeker's attempt entries: only when sorting by them.
  const asks = options.asks
    ? sql`(SELECT count(*) FROM attempts a WHERE a.owner_id = s.id)`
    : sql`0`;
  const people = options.lastActive
    ? sql`(SELECT max(p.updated_at) FROM people p WHERE p.owner_id = s.id)`
    : sql`NULL`;
  const talks = options.lastActive
    ? sql`(SELECT max(c.updated_at) FROM conversations c WHERE c.owner_id = s.id)`
    : sql`NULL`;
  const referrals = options.referrals
    ? sql`(SELECT count(*) FROM referrals r WHERE r.owner_id = s.id)`
    : sql`0`;
  const { rows } = await sql<{
    id: string;
    referrals: unknown;
    asks: unknown;
    held: unknown;
    last: string | null;
    people: string | null;
    talks: string | null;
  }>`
    WITH seekers (id) AS (${idTable(tx, seekerIds)})
    SELECT s.id, ${asks} AS asks,
      (SELECT max(a.sent_at) FROM attempts a WHERE a.owner_id = s.id) AS last,
      (SELECT count(*) FROM conversations c WHERE c.owner_id = s.id AND c.held_at IS NOT NULL)
        AS held,
      ${people} AS people, ${talks} AS talks, ${referrals} AS referrals
    FROM seekers s`.execute(dbOf(tx));
  for (const row of rows) {
    const lastAskAt = row.last ?? null;
    result.set(row.id, {
      asksSent: n(row.asks),
      conversationsHeld: n(row.held),
      lastAskAt,
      lastActiveAt: options.lastActive ? latest(row.people, lastAskAt, row.talks) : null,
      referrals: n(row.referrals),
    });
  }
  return result;
}

export interface PipelineCounts {
  overdueFollowUps: number;
  overdueThankYous: number;
  unansweredAfterThree: number;
}

/** Follow-ups past their day (not done, not snoozed past today) and asks left unanswered. */
export async function pipelineCounts(
  tx: Tx,
  seekerIds: readonly string[],
  today: string,
): Promise<Map<string, PipelineCounts>> {
  const result = new Map<string, PipelineCounts>();
  if (seekerIds.length === 0) return result;
  const db = dbOf(tx);
  const ids = [...seekerIds];
  const [followUps, unanswered] = await Promise.all([
    db
      .selectFrom("follow_ups")
      .select([
        "owner_id",
        (eb) => eb.fn.countAll<string>().as("n"),
        sql<number>`sum(case when kind = 'thank_you' then 1 else 0 end)`.as("thank_you"),
      ])
      .where(isOneOf(tx, "owner_id", ids))
      .where("done_at", "is", null)
      .where("due_on", "<", today)
      .where((eb) => eb.or([eb("snoozed_until", "is", null), eb("snoozed_until", "<=", today)]))
      .groupBy("owner_id")
      .execute(),
    // From the asks still open (a partial index), each one's attempts looked up by conversation:
    // a join of every seeker's attempts read them all.
    db
      .selectFrom("conversations as c")
      .select(["c.owner_id", "c.id as conversation_id"])
      .where(isOneOf(tx, "c.owner_id", ids))
      .where("c.status", "=", "asked")
      .where(
        (eb) =>
          eb
            .selectFrom("attempts as a")
            .select((e) => e.fn.countAll().as("n"))
            .whereRef("a.conversation_id", "=", "c.id"),
        ">=",
        3,
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("attempts as a")
              .select(sql`1`.as("one"))
              .whereRef("a.conversation_id", "=", "c.id")
              .where("a.response", "<>", "none"),
          ),
        ),
      )
      .execute(),
  ]);
  for (const id of ids) {
    result.set(id, { overdueFollowUps: 0, overdueThankYous: 0, unansweredAfterThree: 0 });
  }
  for (const row of followUps) {
    const counts = result.get(row.owner_id) as PipelineCounts;
    counts.overdueFollowUps = n(row.n);
    counts.overdueThankYous = n(row.thank_you);
  }
  for (const row of unanswered) (result.get(row.owner_id) as PipelineCounts).unansweredAfterThree++;
  return result;
}

/** The seeker's people in their list's order, for the "Person 3" numbers and the redaction. */
export async function thirdPartiesOf(tx: Tx, seekerId: string) {
  return dbOf(tx)
    .selectFrom("people as p")
    .leftJoin("organizations as o", "o.id", "p.organization_id")
    .select([
      "p.id",
      "p.full_name as fullName",
      "p.given_name as givenName",
      "p.family_name as familyName",
      "p.middle_name as middleName",
      "p.emails",
      "p.phones",
      "o.name as organization",
      "o.relation",
    ])
    .where("p.owner_id", "=", seekerId)
    .orderBy("p.created_at")
    .orderBy("p.id")
    .execute();
}

export async function conversationLines(tx: Tx, seekerId: string) {
  return dbOf(tx)
    .selectFrom("conversations as c")
    .leftJoin("targets as t", "t.id", "c.target_id")
    .select([
      "c.id",
      "c.person_id as personId",
      "c.status",
      "c.scheduled_at as scheduledAt",
      "c.held_at as heldAt",
      "t.role as target",
      "c.notes",
      "c.research_notes as researchNotes",
    ])
    .where("c.owner_id", "=", seekerId)
    .orderBy("c.updated_at", "desc")
    .limit(500)
    .execute();
}

export async function insightLines(tx: Tx, seekerId: string) {
  return dbOf(tx)
    .selectFrom("insights")
    .select(["id", "area", "kind", "text"])
    .where("owner_id", "=", seekerId)
    .orderBy("created_at", "desc")
    .limit(500)
    .execute();
}
