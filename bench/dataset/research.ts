// What the seeker learned and prepared: insights in the three areas, glossary terms per
// industry, questions picked for coming and past conversations, and job leads heard of.
import { newId } from "../../src/store/ids.js";
import type { Random } from "../prng.js";
import { GLOSSARY, INSIGHT_TEXTS } from "../vocabulary.js";
import { BENCH_NOW, dateOf, later, notAfterNow } from "./time.js";
import type { Dataset } from "./types.js";

export function planResearch(
  random: Random,
  data: Dataset,
  ownerId: string,
  questionIds: readonly string[],
): void {
  const at = BENCH_NOW;
  for (const target of data.targets) {
    for (const area of ["industry", "company", "job"] as const) {
      for (let i = random.int(2, 8); i > 0; i--) {
        data.insights.push({
          id: newId(),
          owner_id: ownerId,
          area,
          kind: "learned",
          text: random.pick(INSIGHT_TEXTS),
          target_id: target.id,
          industry_id: area === "industry" ? target.industry_id : null,
          organization_id: null,
          person_id: null,
          conversation_id: null,
          created_at: at,
          updated_at: at,
        });
      }
    }
  }
  const people = new Map(data.people.map((p) => [p.id, p]));
  for (const c of data.conversations) {
    const person = people.get(c.person_id);
    if (c.held_at !== null && random.chance(0.3)) {
      data.insights.push({
        id: newId(),
        owner_id: ownerId,
        area: random.pick(["company", "job"] as const),
        kind: "learned",
        text: random.pick(INSIGHT_TEXTS),
        target_id: c.target_id,
        industry_id: null,
        organization_id: person?.organization_id ?? null,
        person_id: c.person_id,
        conversation_id: c.id,
        created_at: c.held_at,
        updated_at: c.held_at,
      });
    }
    if ((c.status === "scheduled" || c.status === "held") && questionIds.length > 0) {
      const picked = new Set<string>();
      while (picked.size < Math.min(6, questionIds.length)) picked.add(random.pick(questionIds));
      [...picked].forEach((questionId, position) => {
        data.conversation_questions.push({
          id: newId(),
          owner_id: ownerId,
          conversation_id: c.id,
          question_id: questionId,
          position,
          asked: c.status === "held" ? 1 : 0,
          answer: c.status === "held" ? "They started in a warehouse and moved into planning." : "",
          updated_at: c.updated_at,
        });
      });
    }
    if (c.held_at !== null && random.chance(0.04)) {
      data.leads.push({
        id: newId(),
        owner_id: ownerId,
        title: "Supply chain analyst",
        organization_id: person?.organization_id ?? null,
        person_id: c.person_id,
        conversation_id: c.id,
        status: random.pick(["heard", "pursuing", "applied", "closed"] as const),
        heard_on: dateOf(c.held_at),
        note: "",
        created_at: c.held_at,
        updated_at: notAfterNow(later(c.held_at, 1)),
      });
    }
  }
  for (const industry of data.industries) {
    for (const term of GLOSSARY.slice(0, 8)) {
      data.glossary_terms.push({
        id: newId(),
        owner_id: ownerId,
        industry_id: industry.id,
        term,
        meaning: `What ${term} means in ${industry.name.toLowerCase()}.`,
        conversation_id: null,
        created_at: at,
        updated_at: at,
      });
    }
  }
}
