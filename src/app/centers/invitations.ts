// Seekers join a program by invitation: a personal one mailed to an address and used once, a
// join link used by many until it expires (optionally only for one e-mail domain), or a CSV of
// addresses, each a personal invitation, with the bad rows reported by line. Only a hash of each
// token is stored, so a copy of the database lets nobody in.
import { createHash, randomBytes } from "node:crypto";
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { NotFound, RuleViolation } from "../../domain/errors.js";
import { addDays } from "../../domain/time.js";
import { newId } from "../../store/ids.js";
import {
  type InvitationRow,
  insertInvitation,
  invitationById,
  markInvitationRevoked,
} from "../../store/repositories/centers/members.repository.js";
import { type AppContext, inTransaction, type Tx } from "../context.js";
import { emailAddress } from "../entities/fields.js";
import type { MailMessage } from "../mail/mailer.js";
import { renderSimple } from "../mail/render.js";
import type {
  invitationCreatedSchema,
  invitationCsv,
  invitationCsvResultSchema,
  newInvitation,
} from "../views/centers.js";
import { programAccess } from "./access.js";

export interface InvitationMail {
  publicUrl: string;
  send(message: MailMessage): Promise<void>;
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function joinUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/join?token=${token}`;
}

function expiryAfter(now: string, days: number): string {
  return `${addDays(now.slice(0, 10), days)}${now.slice(10)}`;
}

export function invitationMessage(
  to: string,
  place: { name: string; centerName: string },
  url: string,
  expiresAt: string,
): MailMessage {
  return renderSimple({
    to,
    subject: `Join ${place.name} on Inroads`,
    paragraphs: [
      `${place.centerName} invites you to ${place.name}, to practice informational interviews with their coaches.`,
      "Joining shares your name and e-mail address with the program's staff, nothing else. What else they may see is yours to choose, scope by scope, and you can take it back at any time; you will also see each time they looked.",
      `The link works until ${expiresAt.slice(0, 10)}.`,
    ],
    action: { label: "See the invitation", url },
    footer: "If you did not expect this message, you can ignore it: nothing changes.",
  });
}

interface Issued {
  row: InvitationRow;
  token: string;
}

/** Stores a new invitation and answers its token; who may issue it is the caller's check. */
export async function issueInvitation(
  ctx: AppContext,
  tx: Tx,
  programId: string,
  terms: { email: string | null; emailDomain: string | null; expiresInDays: number },
  createdBy: string = ctx.ownerId,
): Promise<Issued> {
  const now = ctx.clock.now();
  const token = randomBytes(24).toString("base64url");
  const row = {
    id: newId(),
    programId,
    email: terms.email,
    emailDomain: terms.email ? null : terms.emailDomain,
    expiresAt: expiryAfter(now, terms.expiresInDays),
    createdAt: now,
  };
  await insertInvitation(tx, { ...row, tokenHash: hashInvitationToken(token), createdBy });
  return { token, row: { ...row, acceptedBy: null, acceptedAt: null, revokedAt: null } };
}

export async function createInvitation(
  ctx: AppContext,
  programId: string,
  input: z.output<typeof newInvitation>,
  mail: InvitationMail,
): Promise<z.output<typeof invitationCreatedSchema>> {
  if (input.email && input.emailDomain) {
    throw new RuleViolation("an invitation is for one address or for a domain, not both", [
      { field: "emailDomain", message: "leave it out for a personal invitation" },
    ]);
  }
  const email = input.email?.trim().toLowerCase() ?? null;
  const { issued, program } = await inTransaction(ctx, async (tx) => {
    const { program } = await programAccess(ctx, tx, programId, "manage");
    const issued = await issueInvitation(ctx, tx, programId, {
      email,
      emailDomain: input.emailDomain ?? null,
      expiresInDays: input.expiresInDays,
    });
    return { issued, program };
  });
  const url = joinUrl(mail.publicUrl, issued.token);
  if (email) {
    await mail.send(invitationMessage(email, program, url, issued.row.expiresAt));
  }
  return {
    id: issued.row.id,
    token: issued.token,
    url,
    email,
    emailDomain: issued.row.emailDomain,
    expiresAt: issued.row.expiresAt,
  };
}

/** The addresses of a CSV: its `email` column (any case, any place) or, with none, its first. */
function addressesOf(csv: string): { line: number; value: string }[] {
  const records = parse(csv, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const header = records[0]?.record.map((cell) => cell.trim().toLowerCase()) ?? [];
  const column = header.findIndex(
    (cell) => cell === "email" || cell === "e-mail" || cell === "email address",
  );
  const rows = column >= 0 ? records.slice(1) : records;
  const at = Math.max(column, 0);
  return rows
    .map(({ record, info }) => ({ line: info.lines, value: (record[at] ?? "").trim() }))
    .filter((row) => row.value.length > 0);
}

const MAX_CSV_ROWS = 5000;

export async function inviteFromCsv(
  ctx: AppContext,
  programId: string,
  input: z.output<typeof invitationCsv>,
  mail: InvitationMail,
): Promise<z.output<typeof invitationCsvResultSchema>> {
  let rows: { line: number; value: string }[];
  try {
    rows = addressesOf(input.csv);
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new RuleViolation("the CSV could not be read", [
      { field: "csv", message: `${line ? `line ${line}: ` : ""}${(error as Error).message}` },
    ]);
  }
  if (rows.length > MAX_CSV_ROWS) {
    throw new RuleViolation(`at most ${MAX_CSV_ROWS} addresses at once`, [
      { field: "csv", message: `has ${rows.length} addresses` },
    ]);
  }
  const errors: { line: number; message: string }[] = [];
  const good: { line: number; email: string }[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const email = row.value.toLowerCase();
    if (!emailAddress.safeParse(email).success) {
      errors.push({
        line: row.line,
        message: `"${row.value.slice(0, 80)}" is not an e-mail address`,
      });
    } else if (seen.has(email)) {
      errors.push({ line: row.line, message: `${email} is already on line ${seen.get(email)}` });
    } else {
      seen.set(email, row.line);
      good.push({ line: row.line, email });
    }
  }
  const { issued, program } = await inTransaction(ctx, async (tx) => {
    const { program } = await programAccess(ctx, tx, programId, "manage");
    const issued: (Issued & { line: number })[] = [];
    for (const row of good) {
      const one = await issueInvitation(ctx, tx, programId, {
        email: row.email,
        emailDomain: null,
        expiresInDays: input.expiresInDays,
      });
      issued.push({ ...one, line: row.line });
    }
    return { issued, program };
  });
  for (const one of issued) {
    await mail.send(
      invitationMessage(
        one.row.email ?? "",
        program,
        joinUrl(mail.publicUrl, one.token),
        one.row.expiresAt,
      ),
    );
  }
  return {
    invited: issued.map((one) => ({ line: one.line, email: one.row.email ?? "", id: one.row.id })),
    errors: errors.sort((a, b) => a.line - b.line),
  };
}

export async function revokeInvitation(ctx: AppContext, invitationId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const invitation = await invitationById(tx, invitationId);
    if (!invitation) throw new NotFound("invitation", invitationId);
    await programAccess(ctx, tx, invitation.programId, "manage").catch(() => {
      throw new NotFound("invitation", invitationId);
    });
    await markInvitationRevoked(tx, invitationId, ctx.clock.now());
  });
}
