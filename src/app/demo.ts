// A realistic sample: a career changer aiming at supply-chain analyst roles, a few weeks into
// the practice. Built through the same use cases as real data, dated relative to "now", so a
// newcomer sees a sensible Today whatever the date.
import { Temporal } from "temporal-polyfill";
import type { Entity } from "../store/tableSpec.js";
import type { AppContext } from "./context.js";
import { conversationsService } from "./conversations.js";
import { genericService } from "./crud.js";
import { glossaryTermResource } from "./entities/glossaryTerm.js";
import { industryResource } from "./entities/industry.js";
import { insightResource } from "./entities/insight.js";
import { leadResource } from "./entities/lead.js";
import { organizationsService } from "./organizations.js";
import { peopleService } from "./people.js";
import { logTouchpoint } from "./pipeline/keepInTouch.js";
import { recordAttempt, recordResponse } from "./pipeline/outreach.js";
import { pickQuestions, savePitch } from "./pipeline/prepare.js";
import { captureReferral } from "./pipeline/referrals.js";
import {
  markHeld,
  markThanked,
  promiseComeBack,
  scheduleConversation,
} from "./pipeline/transitions.js";
import { questionsService } from "./questions.js";
import { targetsService } from "./targets.js";

function shift(now: string, hours: number): string {
  return Temporal.Instant.from(now).add({ hours }).toString({ smallestUnit: "millisecond" });
}
const days = (n: number) => n * 24;

export async function hasPeople(ctx: AppContext): Promise<boolean> {
  const page = await peopleService.list(ctx, { limit: 1, offset: 0 }, {});
  return page.total > 0;
}

export async function loadDemo(
  ctx: AppContext,
): Promise<{ people: number; conversations: number }> {
  const now = ctx.clock.now();
  const id = (e: Entity) => String(e.id);
  const industry = await genericService(industryResource).create(ctx, {
    name: "Consumer goods distribution",
    segments: ["manufacturers", "distributors", "retail chains", "logistics providers"],
    notes: "Margins are thin; forecasting and inventory are where analysts earn their keep.",
  });
  const org = async (name: string, relation: string, website?: string) =>
    id(
      await organizationsService.create(ctx, {
        name,
        relation,
        industryId: id(industry),
        website: website ?? null,
      }),
    );
  const northwind = await org("Northwind Traders", "target", "https://northwind.example.com");
  const fourth = await org("Fourth Coffee Wholesale", "target");
  const tailspin = await org("Tailspin Freight", "supplier");
  const contoso = await org("Contoso Retail", "former_employer");

  const target = await targetsService.create(ctx, {
    role: "Supply chain analyst",
    industryId: id(industry),
    organizationIds: [northwind, fourth],
    notes: "Mid-size distributors first; they hire analysts from operations backgrounds.",
    whyField:
      "Six years of empty and overfull shelves taught me that planning decides what a store can sell.",
    whyCompany: "Northwind and Fourth Coffee grow by serving regional stores like the ones I ran.",
  });
  await savePitch(ctx, id(target), {
    whoIAm: "I'm Sam, a store operations lead at Contoso Retail for six years.",
    whatIDid:
      "I ran replenishment for twelve stores and cut stock-outs by a third with better order timing.",
    whatIWant: "Next I want to move upstream into supply-chain analysis at a distributor.",
    howYouCanHelp: "I'd value your view of the work and who else I should talk to.",
  });

  // People are entered over the three weeks before today, so the network grows on Progress.
  const enteredDaysAgo = (n: number): AppContext => ({
    ...ctx,
    clock: { now: () => shift(now, -days(n)) },
  });
  const person = async (fields: Entity, daysAgo: number) =>
    id(await peopleService.create(enteredDaysAgo(daysAgo), fields));
  const dana = await person(
    {
      fullName: "Dana Álvarez",
      title: "Inventory planning supervisor",
      organizationId: northwind,
      emails: ["dana.alvarez@northwind.example.com"],
      howKnown: "former_coworker",
      degree: "first",
      roles: ["supervisor", "practitioner"],
      priority: "A",
      tags: ["warm"],
      nameNote: "Dana, stress on the first syllable",
      mailingAddress: "Northwind Traders, 400 Harbor Way, Portland, OR 97209",
    },
    24,
  );
  const lee = await person(
    {
      fullName: "Lee Okafor",
      title: "Demand analyst",
      organizationId: fourth,
      emails: ["lee@fourthcoffee.example.com"],
      howKnown: "classmate_or_alumni",
      degree: "second",
      roles: ["practitioner"],
      priority: "A",
    },
    23,
  );
  const priya = await person(
    {
      fullName: "Priya Raman",
      title: "Director of operations",
      organizationId: fourth,
      profileUrl: "https://www.linkedin.com/in/priya-raman-example",
      howKnown: "online",
      degree: "second",
      roles: ["hiring_manager"],
      hiringPower: true,
      priority: "A",
    },
    17,
  );
  const marco = await person(
    {
      fullName: "Marco Bianchi",
      title: "Account manager",
      organizationId: tailspin,
      emails: ["marco@tailspin.example.com"],
      howKnown: "supplier",
      degree: "first",
      roles: ["industry_leader"],
      priority: "B",
      tags: ["knows everyone"],
    },
    22,
  );
  const june = await person(
    {
      fullName: "June Park",
      title: "Regional manager",
      organizationId: contoso,
      emails: ["june.park@contoso.example.com"],
      howKnown: "former_boss",
      degree: "first",
      roles: ["other"],
      priority: "B",
    },
    21,
  );
  await person(
    {
      fullName: "Tomás Ruiz",
      title: "Buyer",
      organizationId: northwind,
      howKnown: "directory",
      roles: ["practitioner"],
      priority: "C",
    },
    9,
  );

  const talk = async (personId: string, minutes = 20) =>
    id(
      await conversationsService.create(ctx, {
        personId,
        targetId: id(target),
        mode: "video",
        requestedMinutes: minutes,
      }),
    );

  // Dana: asked, scheduled, held three days ago, thanked; two names came out of it.
  const withDana = await talk(dana);
  const danaAsk = await recordAttempt(ctx, withDana, {
    channel: "email",
    sentAt: shift(now, -days(20)),
    message: "",
  });
  await recordResponse(ctx, id(danaAsk), {
    response: "accepted",
    respondedAt: shift(now, -days(19)),
  });
  await scheduleConversation(ctx, withDana, {
    scheduledAt: shift(now, -days(3)),
    mode: "in_person",
    place: "Harbor café",
  });
  const bank = await questionsService.list(ctx, { limit: 100, offset: 0 }, {});
  const keys = [
    "how-they-started",
    "typical-week",
    "challenges-this-year",
    "skills-that-matter",
    "who-else",
  ];
  const picked = bank.items.filter((q) => keys.includes(String(q.key))).map(id);
  await pickQuestions(ctx, withDana, {
    questionIds: picked.length > 0 ? picked : bank.items.slice(0, 5).map(id),
  });
  await markHeld(ctx, withDana, {
    heldAt: shift(now, -days(3)),
    notes:
      "Planning team of five; they forecast weekly by SKU. Excel and a planning tool; SQL is a plus.",
  });
  await markThanked(ctx, withDana, {
    sentAt: shift(now, -days(3) + 5),
    channel: "email",
    nameChecked: true,
  });
  await promiseComeBack(ctx, withDana, {
    step: "Finish the demand-planning course she suggested",
    afterDays: 30,
  });
  const fromDana = await captureReferral(ctx, {
    conversationId: withDana,
    person: {
      fullName: "Grace Liu",
      organizationName: "Northwind Traders",
      title: "Hiring manager, planning",
    },
    mayUseName: true,
    note: "Dana said to mention her by name.",
  });
  await captureReferral(ctx, {
    conversationId: withDana,
    personId: marco,
    mayUseName: true,
    note: "",
  });

  // Lee: held yesterday, thank-you still to send.
  const withLee = await talk(lee, 15);
  await recordAttempt(ctx, withLee, {
    channel: "linkedin",
    sentAt: shift(now, -days(12)),
    message: "",
  });
  await scheduleConversation(ctx, withLee, { scheduledAt: shift(now, -days(1)), mode: "phone" });
  await markHeld(ctx, withLee, {
    heldAt: shift(now, -days(1)),
    notes: "Says the peak season is Oct–Dec.",
  });

  // Priya: two attempts without answer; the second is due for a retry.
  const withPriya = await talk(priya);
  await recordAttempt(ctx, withPriya, {
    channel: "email",
    sentAt: shift(now, -days(16)),
    message: "",
  });
  await recordAttempt(ctx, withPriya, {
    channel: "linkedin",
    sentAt: shift(now, -days(8)),
    message: "",
  });

  // June: coming up in two days.
  const withJune = await talk(june, 30);
  await recordAttempt(ctx, withJune, {
    channel: "email",
    sentAt: shift(now, -days(5)),
    message: "",
  });
  await scheduleConversation(ctx, withJune, {
    scheduledAt: shift(now, days(2) + 2),
    mode: "video",
    place: "Video call",
  });

  // The Grace referral waits to be asked; Marco was given something useful.
  await logTouchpoint(ctx, {
    personId: marco,
    direction: "given",
    summary: "Sent him the warehouse automation report he asked about",
  });

  const insight = genericService(insightResource);
  await insight.create(ctx, {
    area: "industry",
    text: "Distributors are consolidating; the big three buy regional players.",
    targetId: id(target),
    industryId: id(industry),
    personId: marco,
  });
  await insight.create(ctx, {
    area: "company",
    text: "Northwind is moving planning from spreadsheets to a planning suite next year.",
    targetId: id(target),
    organizationId: northwind,
    personId: dana,
    conversationId: withDana,
  });
  await insight.create(ctx, {
    area: "job",
    text: "Analysts own the weekly forecast review and explain misses to buyers.",
    targetId: id(target),
    personId: dana,
    conversationId: withDana,
  });
  await insight.create(ctx, {
    area: "job",
    kind: "assumption_overturned",
    text: "I thought planners rarely meet suppliers; Dana's team visits its top ten every month.",
    targetId: id(target),
    personId: dana,
    conversationId: withDana,
  });
  const glossary = genericService(glossaryTermResource);
  for (const [term, meaning] of [
    [
      "end-user",
      "the customer who finally uses the product, as opposed to the retailer who buys it",
    ],
    ["fill rate", "share of ordered units shipped on the first try"],
    ["SKU", "stock-keeping unit: one sellable item in one size and pack"],
    ["3PL", "a third-party logistics provider that stores and ships for others"],
  ] as const) {
    await glossary.create(ctx, { industryId: id(industry), term, meaning });
  }
  await genericService(leadResource).create(ctx, {
    title: "Junior demand planner (not yet posted)",
    organizationId: northwind,
    personId: dana,
    conversationId: withDana,
    heardOn: shift(now, -days(3)).slice(0, 10),
    note: "Opens in the new year; Dana will pass on my name.",
  });

  const people = await peopleService.list(ctx, { limit: 1, offset: 0 }, {});
  const conversations = await conversationsService.list(ctx, { limit: 1, offset: 0 }, {});
  void fromDana;
  return { people: people.total, conversations: conversations.total };
}
