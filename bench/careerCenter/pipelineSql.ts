// Each seeker's pipeline: 40 conversations in a realistic mix of statuses (many held and
// thanked, some asked and scheduled, a few ended), their attempts (1–3), the follow-ups the app
// would have written (a retry per attempt, a thank-you per talk, a check-in after it: some
// overdue), referrals from a quarter of the talks and an insight from each. A temporary plan
// holds each conversation's timeline first, so every table below reads the same instants.
import { personId, seekerId, targetId } from "./seekersSql.js";
import type { CenterSizes } from "./sizes.js";
import { dateOf, days, hours, idOf, iso, NOW, pick } from "./sqlText.js";

const conversationId = (s: string, c: string) => idOf("conversation", s, c);
const TALKED = "('held', 'thanked', 'in_touch')";
const ACCEPTED = "('scheduled', 'held', 'thanked', 'in_touch', 'cancelled')";

/** When each conversation's events happened, relative to the pinned now (cf. bench/dataset/timeline.ts). */
function planStatement(sizes: CenterSizes): string {
  const { seekers, conversationsPerSeeker, peoplePerSeeker: people } = sizes;
  // Conversation c is with person 1 + 7c mod people: distinct while 7 and people share no factor.
  const person = `1 + (c * 7) % ${people}`;
  return `CREATE TEMP TABLE center_plan AS
    WITH base AS (
      SELECT s, c, random() AS r, random() AS r2, random() AS r3, random() AS r4,
             random() AS r5, random() AS r6, random() AS r7
      FROM generate_series(1, ${seekers}) s, generate_series(1, ${conversationsPerSeeker}) c
    ), statused AS (
      SELECT *, CASE WHEN r < 0.08 THEN 'identified' WHEN r < 0.23 THEN 'asked'
                     WHEN r < 0.29 THEN 'scheduled' WHEN r < 0.34 THEN 'held'
                     WHEN r < 0.66 THEN 'thanked' WHEN r < 0.85 THEN 'in_touch'
                     WHEN r < 0.91 THEN 'declined' WHEN r < 0.98 THEN 'no_response'
                     ELSE 'cancelled' END AS status
      FROM base
    ), met AS (
      SELECT *, CASE status
          WHEN 'scheduled' THEN CASE WHEN r2 < 0.67 THEN ${NOW} + ${hours("2 + r3 * 166")}
                                     ELSE ${NOW} - ${days("1 + r3 * 4")} END
          WHEN 'held' THEN ${NOW} - ${hours("2 + r2 * 70")}
          WHEN 'thanked' THEN ${NOW} - ${days("4 + r2 * 76")}
          WHEN 'in_touch' THEN ${NOW} - ${days("90 + r2 * 450")}
          WHEN 'cancelled' THEN ${NOW} - ${days("1 + r2 * 199")} END AS meeting_at
      FROM statused
    ), answered AS (
      SELECT *,
        CASE WHEN status IN ${ACCEPTED}
               THEN least(meeting_at - ${days("3 + r4 * 7")}, ${NOW} - ${hours("1 + r4 * 47")})
             WHEN status = 'declined' THEN ${NOW} - ${days("10 + r2 * 390")} END AS responded_at,
        CASE status WHEN 'identified' THEN 0 WHEN 'no_response' THEN 3
                    WHEN 'asked' THEN 1 + floor(r5 * 3)::int ELSE 1 + floor(r5 * 2)::int END
          AS attempts
      FROM met
    ), sent AS (
      SELECT *, CASE status WHEN 'identified' THEN NULL
          WHEN 'asked' THEN ${NOW} - ${days("1 + r2 * 19")} + ${hours("r3 * 16 - 8")}
          WHEN 'no_response' THEN ${NOW} - ${days("15 + r2 * 385")}
          ELSE responded_at - ${days("1 + r3 * 2")} END AS last_sent
      FROM answered
    ), timed AS (
      SELECT *,
        CASE status WHEN 'declined' THEN responded_at
                    WHEN 'no_response' THEN last_sent + ${days("7 + r3 * 7")}
                    WHEN 'cancelled' THEN responded_at + ${days("1 + r3 * 2")} END AS ended_at,
        CASE WHEN status IN ${TALKED} THEN meeting_at END AS held_at,
        -- About a quarter of the thank-yous go out more than 24 hours after the talk.
        CASE WHEN status IN ('thanked', 'in_touch') THEN meeting_at + ${hours("2 + r7 * r7 * 40")} END
          AS thank_you_at,
        coalesce(last_sent - ${days("8 * greatest(attempts - 1, 0)")}, ${NOW} - ${days("1 + r2 * 60")})
          - ${days("0.5 + r3 * 5")} AS created
      FROM sent
    )
    SELECT s, c, status, attempts, r6 AS chance, r7 AS mode_draw,
           ${seekerId("s")} AS owner_id, ${conversationId("s", "c")} AS id,
           ${personId("s", person)} AS person_id,
           CASE WHEN r3 < 0.7 THEN ${targetId("s", "CASE WHEN s % 3 = 0 THEN 1 + c % 2 ELSE 1 END")} END
             AS target_id,
           CASE WHEN status IN ${ACCEPTED} THEN meeting_at END AS scheduled_at, held_at,
           thank_you_at, last_sent, responded_at, ended_at,
           CASE WHEN status IN ${ACCEPTED} THEN 'accepted' WHEN status = 'declined' THEN 'declined'
                ELSE 'none' END AS response,
           created,
           least(${NOW}, greatest(created, last_sent, responded_at, held_at, thank_you_at, ended_at))
             AS updated
    FROM timed`;
}

function conversationsStatement(): string {
  const talked = `p.status IN ${TALKED}`;
  return `INSERT INTO conversations (id, owner_id, person_id, target_id, mode, requested_minutes,
            status, scheduled_at, place, notes_permission, notes, research_notes, held_at,
            thank_you_sent_at, thank_you_channel, created_at, updated_at)
    SELECT p.id, p.owner_id, p.person_id, p.target_id,
           ${pick(["video", "video", "phone", "in_person"], "floor(p.mode_draw * 4)::int")},
           CASE WHEN p.c % 10 = 0 THEN 30 ELSE 20 END, p.status,
           ${iso("p.scheduled_at")}, CASE WHEN p.scheduled_at IS NULL THEN NULL ELSE 'Video call' END,
           CASE WHEN ${talked} THEN 1 END,
           CASE WHEN ${talked} THEN 'Talked about how they moved into the role and what the first year is like.' ELSE '' END,
           CASE WHEN p.status = 'identified' THEN '' ELSE 'Read their team''s blog and recent news.' END,
           ${iso("p.held_at")}, ${iso("p.thank_you_at")},
           CASE WHEN p.thank_you_at IS NULL THEN NULL WHEN p.c % 7 = 0 THEN 'card' ELSE 'email' END,
           ${iso("p.created")}, ${iso("p.updated")}
    FROM center_plan p`;
}

/** Attempt k of n went out 8 days before attempt k + 1; the last one got the answer. */
const sentAt = (k: string) => `p.last_sent - ${days(`8 * (p.attempts - (${k}))`)}`;

function attemptsStatement(): string {
  return `INSERT INTO attempts (id, owner_id, conversation_id, number, channel, sent_at, response,
            responded_at, message, created_at)
    SELECT ${idOf("attempt", "p.s", "p.c", "k")}, p.owner_id, p.id, k,
           ${pick(["email", "email", "email", "linkedin", "phone"], "p.c + k")}, ${iso(sentAt("k"))},
           CASE WHEN k = p.attempts THEN p.response ELSE 'none' END,
           CASE WHEN k = p.attempts THEN ${iso("p.responded_at")} END,
           'Would you have 20 minutes to tell me about your work?', ${iso(sentAt("k"))}
    FROM center_plan p, generate_series(1, p.attempts) k`;
}

const FOLLOW_UP_COLUMNS = `id, owner_id, person_id, conversation_id, kind, due_on, due_at, done_at,
  note, created_at, updated_at`;

/** Each attempt set a retry; the next attempt, the answer or the end closed it (an open ask's last stays open). */
function retriesStatement(): string {
  const doneAt = `CASE WHEN k < p.attempts THEN ${sentAt("k + 1")}
    WHEN p.responded_at IS NOT NULL THEN p.responded_at WHEN p.ended_at IS NOT NULL THEN p.ended_at
    WHEN p.status = 'asked' THEN NULL ELSE ${NOW} END`;
  return `INSERT INTO follow_ups (${FOLLOW_UP_COLUMNS})
    SELECT ${idOf("retry", "p.s", "p.c", "k")}, p.owner_id, p.person_id, p.id,
           CASE WHEN k >= 3 THEN 'close_outreach' ELSE 'retry' END,
           ${dateOf(`${sentAt("k")} + ${days("7")}`)}, NULL, ${iso(doneAt)}, '',
           ${iso(sentAt("k"))}, ${iso(`coalesce(${doneAt}, ${sentAt("k")})`)}
    FROM center_plan p, generate_series(1, p.attempts) k`;
}

/** A thank-you due a day after each talk (open for the talks not thanked yet), then a check-in. */
function afterTalkStatements(): string[] {
  const checkInDue = `p.held_at + ${days("21 + p.chance * 30")}`;
  // Four in five check-ins more than a week past their day were done; the rest are overdue.
  const checkInDone = `CASE WHEN ${checkInDue} < ${NOW} - ${days("7")} AND p.c % 5 <> 0
    THEN ${checkInDue} + ${days("2")} END`;
  return [
    `INSERT INTO follow_ups (${FOLLOW_UP_COLUMNS})
     SELECT ${idOf("thank-you", "p.s", "p.c")}, p.owner_id, p.person_id, p.id, 'thank_you',
            ${dateOf(`p.held_at + ${days("1")}`)}, ${iso(`p.held_at + ${days("1")}`)},
            ${iso("p.thank_you_at")},
            'Send a thank-you: an email, or a handwritten card for more impact.',
            ${iso("p.held_at")}, ${iso("coalesce(p.thank_you_at, p.held_at)")}
     FROM center_plan p WHERE p.held_at IS NOT NULL`,
    `INSERT INTO follow_ups (${FOLLOW_UP_COLUMNS})
     SELECT ${idOf("check-in", "p.s", "p.c")}, p.owner_id, p.person_id, p.id, 'check_in',
            ${dateOf(checkInDue)}, NULL, ${iso(checkInDone)}, 'Tell them how the search is going.',
            ${iso("p.thank_you_at")}, ${iso(`coalesce(${checkInDone}, p.thank_you_at)`)}
     FROM center_plan p WHERE p.thank_you_at IS NOT NULL`,
  ];
}

/** A quarter of the talks gave a name; the person named is one the seeker had not asked yet. */
function referralStatements(sizes: CenterSizes): string[] {
  const referred = personId("p.s", `${sizes.peoplePerSeeker} - p.c`);
  return [
    `INSERT INTO referrals (id, owner_id, from_person_id, person_id, conversation_id, may_use_name,
            note, created_at)
     SELECT ${idOf("referral", "p.s", "p.c")}, p.owner_id, p.person_id, ${referred}, p.id, 1,
            'Said to mention their name.', ${iso(`p.held_at + ${hours("1")}`)}
     FROM center_plan p WHERE p.held_at IS NOT NULL AND p.chance < 0.25`,
    `UPDATE people p SET referred_by_id = r.from_person_id, how_known = 'referral'
     FROM referrals r WHERE p.id = r.person_id`,
    `UPDATE people p SET last_contact_at = ${iso("c.held_at")}
     FROM center_plan c WHERE p.id = c.person_id AND c.held_at IS NOT NULL`,
  ];
}

function insightsStatement(): string {
  return `INSERT INTO insights (id, owner_id, area, kind, text, target_id, person_id, conversation_id,
            created_at, updated_at)
    SELECT ${idOf("insight", "p.s", "p.c")}, p.owner_id, ${pick(["industry", "company", "job"], "p.c")},
           'learned', 'Planning teams hire analysts who have run a warehouse shift.', p.target_id,
           p.person_id, p.id, ${iso(`p.held_at + ${hours("2")}`)}, ${iso(`p.held_at + ${hours("2")}`)}
    FROM center_plan p WHERE p.held_at IS NOT NULL`;
}

export function pipelineStatements(sizes: CenterSizes): string[] {
  return [
    // The same draws every run, so two runs measure the same dataset.
    "SELECT setseed(0.42)",
    planStatement(sizes),
    conversationsStatement(),
    attemptsStatement(),
    retriesStatement(),
    ...afterTalkStatements(),
    ...referralStatements(sizes),
    insightsStatement(),
    "DROP TABLE center_plan",
  ];
}
