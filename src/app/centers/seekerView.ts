// One seeker as a coach sees them: their Today, pipeline and coverage with `pipeline`, their
// numbers and milestones with `progress`, their notes with `notes`, read-only. Without
// `contacts` every person they talk to is "Person 3, Supplier, Northwind", and every known name,
// address and number is taken out of the text before it leaves.
import { orderedScopes, type Scope, scopesFor } from "../../domain/centers/consent.js";
import { pseudonym, redactDeep, redactor } from "../../domain/centers/pseudonyms.js";
import { NotFound } from "../../domain/errors.js";
import { milestonesOf } from "../../store/repositories/centers/centers.repository.js";
import {
  commentsForSeeker,
  staffNotesOf,
} from "../../store/repositories/centers/comments.repository.js";
import { grantsInForce } from "../../store/repositories/centers/grants.repository.js";
import { membership } from "../../store/repositories/centers/members.repository.js";
import {
  conversationLines,
  insightLines,
  progressCounts,
  thirdPartiesOf,
} from "../../store/repositories/centers/seekerFacts.repository.js";
import { activeTargetIds } from "../../store/repositories/targets.repository.js";
import type { AppContext, Tx } from "../context.js";
import { coverageOfTargets } from "../coverage.js";
import { today } from "../today.js";
import type { SeekerView } from "../views/centers.js";
import type { Coverage } from "../views/coverage.js";
import type { Today } from "../views/today.js";
import { programAccess } from "./access.js";
import { factsOf, factsView, milestoneProgress } from "./facts.js";
import { parseScopes, todayUtc } from "./grants.js";
import { milestoneViews } from "./programs.js";
import { logStaffReads } from "./staffReads.js";

const list = (json: string): string[] => {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
};

/** How each of the seeker's people is named to this coach, and a redactor for free text. */
async function namingFor(tx: Tx, seekerId: string, contacts: boolean) {
  const people = await thirdPartiesOf(tx, seekerId);
  const labelOf = new Map<string, string>();
  people.forEach((person, index) => {
    labelOf.set(
      person.id,
      contacts ? person.fullName : pseudonym(index + 1, person.relation, person.organization),
    );
  });
  const label = (personId: string | null | undefined) =>
    (personId ? labelOf.get(personId) : undefined) ?? "Someone";
  const redact = contacts
    ? (text: string) => text
    : redactor(
        people.map((person) => ({
          label: labelOf.get(person.id) ?? "Someone",
          names: [
            person.fullName,
            // Each word of the name too: notes say "Quillon said…" as often as the full name.
            ...person.fullName.split(/[\s,]+/),
            ...[person.givenName, person.familyName, person.middleName].filter(
              (n): n is string => !!n,
            ),
            ...list(person.emails),
            ...list(person.phones),
          ],
        })),
      );
  return { label, redact, contacts };
}

type Naming = Awaited<ReturnType<typeof namingFor>>;

function namedToday(day: Today, naming: Naming): Today {
  const named: Today = {
    ...day,
    followUps: {
      overdue: day.followUps.overdue.map((f) => ({ ...f, personName: naming.label(f.personId) })),
      dueToday: day.followUps.dueToday.map((f) => ({ ...f, personName: naming.label(f.personId) })),
    },
    retries: day.retries.map((f) => ({ ...f, personName: naming.label(f.personId) })),
    upcoming: day.upcoming.map((c) => ({ ...c, personName: naming.label(c.personId) })),
    toRecord: day.toRecord.map((c) => ({ ...c, personName: naming.label(c.personId) })),
    thankYousSoon: day.thankYousSoon.map((f) => ({ ...f, personName: naming.label(f.personId) })),
    toAsk: day.toAsk.map((a) => ({
      ...a,
      personName: naming.label(a.personId),
      referredBy: a.referredBy
        ? { personId: a.referredBy.personId, fullName: naming.label(a.referredBy.personId) }
        : null,
    })),
  };
  return naming.contacts ? named : redactDeep(named, naming.redact);
}

function namedCoverage(coverage: Coverage, naming: Naming): Coverage {
  const rename = <T extends { id: string; fullName: string }>(person: T): T => ({
    ...person,
    fullName: naming.label(person.id),
  });
  const both = (pair: Coverage["hiringPower"]) => ({
    talked: pair.talked.map(rename),
    planned: pair.planned.map(rename),
  });
  const named: Coverage = {
    ...coverage,
    roles: Object.fromEntries(
      Object.entries(coverage.roles).map(([role, pair]) => [role, both(pair)]),
    ) as Coverage["roles"],
    hiringPower: both(coverage.hiringPower),
  };
  return naming.contacts ? named : redactDeep(named, naming.redact);
}

async function progressPart(
  ctx: AppContext,
  tx: Tx,
  program: { id: string; startsOn: string },
  seekerId: string,
): Promise<SeekerView["progress"]> {
  const [counts, milestones] = await Promise.all([
    progressCounts(tx, [seekerId]).then((all) => all.get(seekerId)),
    milestonesOf(tx, [program.id]),
  ]);
  if (!counts) return null;
  const facts = factsOf(counts);
  return {
    facts: factsView(facts),
    milestones: milestoneProgress(
      milestoneViews(milestones, program.startsOn),
      facts,
      todayUtc(ctx),
    ),
  };
}

type Named = Promise<[Naming, Conversations]>;

/** Today and coverage are read while the names are: only the answer waits for both. */
async function pipelinePart(
  seeker: AppContext,
  tx: Tx,
  named: Named,
): Promise<SeekerView["pipeline"]> {
  const [coverage, day, [naming, conversations]] = await Promise.all([
    activeTargetIds(tx, seeker.ownerId).then((ids) => coverageOfTargets(seeker, ids)),
    today(seeker),
    named,
  ]);
  return {
    today: namedToday(day, naming),
    conversations: conversations.map((c) => ({
      id: c.id,
      person: naming.label(c.personId),
      status: c.status,
      scheduledAt: c.scheduledAt,
      heldAt: c.heldAt,
      target: c.target,
    })),
    coverage: coverage.map((c) => namedCoverage(c, naming)),
  };
}

type Conversations = Awaited<ReturnType<typeof conversationLines>>;

async function notesPart(tx: Tx, seekerId: string, named: Named): Promise<SeekerView["notes"]> {
  const [insights, [naming, conversations]] = await Promise.all([
    insightLines(tx, seekerId),
    named,
  ]);
  return {
    conversations: conversations
      .filter((c) => c.notes.trim() || c.researchNotes.trim())
      .map((c) => ({
        id: c.id,
        person: naming.label(c.personId),
        notes: naming.redact(c.notes),
        researchNotes: naming.redact(c.researchNotes),
      })),
    insights: insights.map((i) => ({
      ...i,
      text: naming.redact(i.text),
    })),
  };
}

export async function getSeekerView(
  ctx: AppContext,
  programId: string,
  seekerId: string,
): Promise<SeekerView> {
  const tx = ctx.store.handle;
  const now = ctx.clock.now();
  // The membership and the grants are read alongside the access check; nothing of them is
  // used, or sent, unless the check passes.
  const [access, member, grants] = await Promise.all([
    programAccess(ctx, tx, programId, "people"),
    membership(tx, programId, seekerId),
    grantsInForce(tx, programId, now, seekerId),
  ]);
  if (!member) throw new NotFound("seeker", seekerId);
  const held: Set<Scope> = scopesFor(
    grants.map((g) => ({ ...g, scopes: parseScopes(g.scopes) })),
    { userId: ctx.ownerId, coachesProgram: access.coaches },
    programId,
    now,
  );
  const seeker: AppContext = { ...ctx, ownerId: seekerId };
  const needsNames = held.has("pipeline") || held.has("notes");

  // Each part within the grant is read at once: one seeker's view is a dozen small reads, and
  // one after the other they added up to more than the whole view's budget.
  const named: Named | null = needsNames
    ? Promise.all([namingFor(tx, seekerId, held.has("contacts")), conversationLines(tx, seekerId)])
    : null;
  const [progress, pipeline, notes, comments, staffNotes] = await Promise.all([
    held.has("progress") ? progressPart(ctx, tx, access.program, seekerId) : null,
    named && held.has("pipeline") ? pipelinePart(seeker, tx, named) : null,
    named && held.has("notes") ? notesPart(tx, seekerId, named) : null,
    commentsForSeeker(tx, seekerId, programId),
    staffNotesOf(tx, programId, seekerId),
  ]);
  await logStaffReads(ctx, access.program, "seeker view", [{ seekerId, scopes: held }]);
  return {
    seeker: { id: seekerId, name: member.name, email: member.email, joinedAt: member.joinedAt },
    program: { id: programId, name: access.program.name },
    scopes: orderedScopes(held),
    progress,
    pipeline,
    notes,
    comments: comments.map((c) => ({
      ...c,
      kind: c.kind as SeekerView["comments"][number]["kind"],
    })),
    staffNotes,
  };
}
