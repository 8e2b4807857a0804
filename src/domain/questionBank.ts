// Questions a seeker can pick from when preparing. They lean on what cannot be read online,
// mix the company with the person, and end by asking for names. Keys are stable because
// stored picks refer to them.
import type { QuestionCategory, QuestionPhase } from "./vocabulary.js";

export interface BuiltInQuestion {
  key: string;
  text: string;
  category: QuestionCategory;
  phase: QuestionPhase;
  /** Fine to ask, but with tact and usually late in the talk. */
  sensitive: boolean;
  minutes: number;
}

type Entry = [key: string, text: string, category: QuestionCategory, minutes: number];

const entries = (phase: QuestionPhase, list: Entry[], sensitive = false): BuiltInQuestion[] =>
  list.map(([key, text, category, minutes]) => ({
    key,
    text,
    category,
    phase,
    sensitive,
    minutes,
  }));

export const BUILT_IN_QUESTIONS: readonly BuiltInQuestion[] = [
  ...entries("opening", [
    [
      "my-goal",
      "May I take a minute to say what I'm exploring and why I wanted to hear from you?",
      "individual",
      1,
    ],
    ["notes-ok", "Would you mind if I took a few notes while we talk?", "individual", 1],
    ["path-into-field", "How did you end up doing this kind of work?", "individual", 2],
    [
      "before-this-role",
      "What did you do before this role, and what made you switch?",
      "individual",
      2,
    ],
    ["first-break", "How did you get your first job in this field?", "individual", 2],
  ]),
  ...entries("core", [
    [
      "challenges-this-year",
      "What are the biggest challenges for your team or company this year?",
      "organisational",
      2,
    ],
    [
      "culture",
      "How would you describe the culture here, and who tends to do well in it?",
      "organisational",
      2,
    ],
    [
      "values-in-practice",
      "Which values really shape how decisions get made?",
      "organisational",
      2,
    ],
    [
      "company-growth",
      "Where is the company growing, and where is it holding back?",
      "organisational",
      2,
    ],
    [
      "customers",
      "Who are your main customers, and what matters most to them?",
      "organisational",
      2,
    ],
    [
      "industry-change",
      "How is the industry changing, and where do you think it is heading?",
      "organisational",
      3,
    ],
    [
      "market-viewpoints",
      "How do suppliers, distributors and customers see this market differently?",
      "organisational",
      2,
    ],
    [
      "competitors",
      "Who do you compete with, and what sets your company apart?",
      "organisational",
      2,
    ],
    [
      "company-focus",
      "What is the company most focused on, or most proud of, right now?",
      "organisational",
      2,
    ],
    [
      "outside-view",
      "What do outsiders usually get wrong about your company?",
      "organisational",
      2,
    ],
    ["how-people-join", "How do new people usually come to join the team?", "organisational", 2],
    ["typical-week", "What does a typical day or week look like for you?", "individual", 2],
    ["likes", "What do you enjoy most about your work?", "individual", 2],
    ["dislikes", "Which parts of the job would you gladly hand to someone else?", "individual", 2],
    ["key-skills", "Which skills matter most to do this job well?", "individual", 2],
    ["start-again", "If you were starting out again, how would you prepare?", "individual", 2],
    ["surprises", "What surprised you most when you started in this role?", "individual", 2],
    ["roles-before", "Which roles do people usually hold before this one?", "individual", 2],
    [
      "my-gaps",
      "Given my background, what would I need to work on to be a strong candidate?",
      "individual",
      2,
    ],
    ["next-move", "What do you see as your own next step?", "individual", 2],
  ]),
  ...entries(
    "core",
    [
      [
        "pay-range",
        "What pay range is usual for someone starting in this role?",
        "organisational",
        1,
      ],
      ["commission", "How much of the pay comes from commission or bonuses?", "organisational", 1],
      [
        "stress-hours",
        "How demanding are the hours, and how do people cope with the pressure?",
        "individual",
        2,
      ],
    ],
    true,
  ),
  ...entries("closing", [
    [
      "who-else",
      "Who else would you suggest I talk to, and may I mention that you sent me?",
      "individual",
      2,
    ],
    [
      "resources",
      "Which associations, events or publications would help my search?",
      "individual",
      2,
    ],
    [
      "keywords",
      "Which words would people in this industry use to describe someone with my skills?",
      "individual",
      2,
    ],
    ["anything-missed", "Is there something I should have asked and didn't?", "individual", 1],
    [
      "stay-in-touch",
      "May I stay in touch, and come back to you after I've done more research?",
      "individual",
      1,
    ],
  ]),
];

export function findBuiltInQuestion(key: string): BuiltInQuestion | undefined {
  return BUILT_IN_QUESTIONS.find((q) => q.key === key);
}
