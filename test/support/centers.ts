// A career center in server mode, for the coaching suites: an admin, two coaches each with a
// program, an analyst, staff of another center, and seekers who joined the first program
// by invitation. Dates straddle the suites' pinned day (TEST_NOW, 2026-11-23).
import { expect } from "vitest";
import type { TestApi } from "./api.js";
import type { ServerModeApp } from "./serverMode.js";

export type Signed = TestApi & { email: string; userId: string };

export interface CenterScene {
  centerId: string;
  programId: string;
  otherProgramId: string;
  admin: Signed;
  coach: Signed;
  otherCoach: Signed;
  analyst: Signed;
  outsider: Signed;
  seekers: Signed[];
}

export const PROGRAM_DATES = { startsOn: "2026-11-02", endsOn: "2027-01-31" } as const;

async function ok<T = Record<string, unknown>>(
  response: Promise<{ status: number; body: T }>,
  status = 200,
): Promise<T> {
  const answer = await response;
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return answer.body;
}

export { ok };

/** The token a mailed invitation carries: the last `token=` in the message's text. */
export function tokenOf(text: string): string {
  const match = /join\?token=([\w-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no invitation link in: ${text}`);
  return match[1];
}

export async function joinProgram(
  server: ServerModeApp,
  inviter: TestApi,
  programId: string,
  seeker: Signed,
): Promise<void> {
  const created = await ok<{ token: string }>(
    inviter.post(`/api/programs/${programId}/invitations`, { email: seeker.email }),
    201,
  );
  await ok(seeker.post("/api/invitations/accept", { token: created.token }));
  expect(server.mail.at(-1)?.to).toBe(seeker.email);
}

export async function centerScene(
  server: ServerModeApp,
  prefix: string,
  seekerCount = 1,
): Promise<CenterScene> {
  const at = (name: string) => `${prefix}-${name}@example.edu`;
  const admin = await server.signedIn(at("admin"));
  const coach = await server.signedIn(at("coach"));
  const otherCoach = await server.signedIn(at("coach2"));
  const analyst = await server.signedIn(at("analyst"));
  const outsider = await server.signedIn(at("outsider"));
  const center = await ok<{ id: string }>(
    admin.post("/api/centers", { name: `${prefix} Careers` }),
    201,
  );
  for (const [who, role] of [
    [coach, "coach"],
    [otherCoach, "coach"],
    [analyst, "analyst"],
  ] as const) {
    await ok(admin.post(`/api/centers/${center.id}/staff`, { email: who.email, role }));
  }
  await ok(outsider.post("/api/centers", { name: `${prefix} Elsewhere` }), 201);
  const program = await ok<{ id: string }>(
    admin.post(`/api/centers/${center.id}/programs`, {
      name: "Winter workshop",
      purpose: "To see who needs a nudge before the spring fair",
      ...PROGRAM_DATES,
      coachIds: [coach.userId],
    }),
    201,
  );
  const other = await ok<{ id: string }>(
    admin.post(`/api/centers/${center.id}/programs`, {
      name: "Alumni circle",
      purpose: "Alumni support",
      ...PROGRAM_DATES,
      coachIds: [otherCoach.userId],
    }),
    201,
  );
  const seekers: Signed[] = [];
  for (let i = 0; i < seekerCount; i++) {
    const seeker = await server.signedIn(at(`seeker${i}`));
    await ok(seeker.post("/api/demo", {}), 201);
    await joinProgram(server, coach, program.id, seeker);
    seekers.push(seeker);
  }
  return {
    centerId: center.id,
    programId: program.id,
    otherProgramId: other.id,
    admin,
    coach,
    otherCoach,
    analyst,
    outsider,
    seekers,
  };
}
