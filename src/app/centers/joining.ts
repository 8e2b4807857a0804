// A seeker follows an invitation: sees what joining shares, then joins, signed in or with a new
// account. A join link for someone with no account mails them a personal invitation first, so
// every account made this way has an address its owner was shown to read.
import type { z } from "zod";
import { Conflict, NotFound, RuleViolation } from "../../domain/errors.js";
import { passwordProblem } from "../../domain/passwordPolicy.js";
import {
  programById,
  userByEmail,
  userById,
} from "../../store/repositories/centers/centers.repository.js";
import {
  type InvitationRow,
  insertMember,
  invitationByTokenHash,
  invitationsOf,
  markInvitationAccepted,
} from "../../store/repositories/centers/members.repository.js";
import { type AppContext, inTransaction, type Tx } from "../context.js";
import type { invitationPreviewSchema, joinByMail, joinWithNewAccount } from "../views/centers.js";
import {
  hashInvitationToken,
  type InvitationMail,
  invitationMessage,
  issueInvitation,
  joinUrl,
} from "./invitations.js";

const unusable = () =>
  new NotFound("invitation", "token", {
    field: "token",
    message: "This invitation is unknown, used, revoked or expired.",
  });

async function usableInvitation(tx: Tx, token: string, now: string): Promise<InvitationRow> {
  const invitation = await invitationByTokenHash(tx, hashInvitationToken(token));
  const usable =
    invitation &&
    invitation.revokedAt === null &&
    invitation.expiresAt > now &&
    (invitation.email === null || invitation.acceptedAt === null);
  if (!usable) {
    throw unusable();
  }
  return invitation;
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

function checkDomain(invitation: InvitationRow, email: string, field: string) {
  if (invitation.emailDomain && domainOf(email) !== invitation.emailDomain) {
    throw new RuleViolation(`this link is for addresses at ${invitation.emailDomain}`, [
      { field, message: `must be an address at ${invitation.emailDomain}` },
    ]);
  }
}

export async function previewInvitation(
  ctx: AppContext,
  token: string,
): Promise<z.output<typeof invitationPreviewSchema>> {
  const tx = ctx.store.handle;
  const invitation = await usableInvitation(tx, token, ctx.clock.now());
  const program = await programById(tx, invitation.programId);
  if (!program) throw unusable();
  return {
    programName: program.name,
    centerName: program.centerName,
    purpose: program.purpose,
    startsOn: program.startsOn,
    endsOn: program.endsOn,
    email: invitation.email,
    emailDomain: invitation.emailDomain,
    expiresAt: invitation.expiresAt,
    shares:
      "Your name and e-mail address, so the program's staff know whom they invited. Nothing else until you grant it.",
  };
}

async function join(ctx: AppContext, tx: Tx, token: string, seekerId: string) {
  const now = ctx.clock.now();
  const invitation = await usableInvitation(tx, token, now);
  const user = await userById(tx, seekerId);
  if (!user) throw new NotFound("account", seekerId);
  checkDomain(invitation, user.email, "token");
  const joined = await insertMember(tx, {
    programId: invitation.programId,
    seekerId,
    joinedAt: now,
  });
  // A personal invitation is spent once its person is in, not when they were a member already.
  if (joined && invitation.email !== null) {
    if (!(await markInvitationAccepted(tx, invitation.id, seekerId, now))) {
      throw unusable();
    }
  }
  return { programId: invitation.programId };
}

export function acceptInvitation(ctx: AppContext, token: string): Promise<{ programId: string }> {
  return inTransaction(ctx, (tx) => join(ctx, tx, token, ctx.ownerId));
}

export interface AccountMaker {
  create(input: { email: string; name: string; password: string }): Promise<{ id: string }>;
}

/**
 * A personal invitation's person makes an account with the invited address (the mail proved it
 * is theirs) and joins. They sign in with it next, as anyone would.
 */
export async function joinWithAccount(
  base: AppContext,
  input: z.output<typeof joinWithNewAccount>,
  accounts: AccountMaker,
): Promise<{ programId: string; email: string }> {
  const invitation = await usableInvitation(base.store.handle, input.token, base.clock.now());
  if (invitation.email === null) {
    throw new RuleViolation("a join link asks for your address first", [
      { field: "token", message: "is a join link: ask for a personal invitation by e-mail" },
    ]);
  }
  const email = invitation.email;
  if (await userByEmail(base.store.handle, email)) {
    throw new Conflict(`${email} has an account already: sign in, then accept`, [
      { field: "token", message: "the invited address has an account" },
    ]);
  }
  const problem = passwordProblem(input.password, [email, input.name]);
  if (problem) {
    throw new RuleViolation(`the password ${problem}`, [{ field: "password", message: problem }]);
  }
  const user = await accounts.create({ email, name: input.name, password: input.password });
  const joined = await inTransaction(base, (tx) =>
    join({ ...base, ownerId: user.id }, tx, input.token, user.id),
  );
  return { ...joined, email };
}

const RESEND_AFTER_MS = 10 * 60 * 1000;

/** A join link's visitor with no account asks for a personal invitation at their address. */
export async function requestJoinMail(
  base: AppContext,
  input: z.output<typeof joinByMail>,
  mail: InvitationMail,
): Promise<{ sent: boolean }> {
  const now = base.clock.now();
  const invitation = await usableInvitation(base.store.handle, input.token, now);
  const email = input.email.trim().toLowerCase();
  checkDomain(invitation, email, "email");
  const program = await programById(base.store.handle, invitation.programId);
  if (!program) throw unusable();
  // One mail per address and program every ten minutes, so the link cannot flood an inbox.
  const recent = (await invitationsOf(base.store.handle, program.id)).some(
    (other) =>
      other.email === email && Date.parse(now) - Date.parse(other.createdAt) < RESEND_AFTER_MS,
  );
  if (recent) return { sent: false };
  const personal = await inTransaction(base, (tx) =>
    issueInvitation(
      base,
      tx,
      program.id,
      { email, emailDomain: null, expiresInDays: 7 },
      `join link ${invitation.id}`,
    ),
  );
  await mail.send(
    invitationMessage(
      email,
      program,
      joinUrl(mail.publicUrl, personal.token),
      personal.row.expiresAt,
    ),
  );
  return { sent: true };
}
