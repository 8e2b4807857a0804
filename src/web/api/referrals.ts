// Referrals: names given in a conversation, each becoming a person and a next conversation.
import type { z } from "zod";
import type { referralInput } from "../../app/pipeline/referrals.js";
import { api } from "./client";
import { roots, type Stale } from "./keys";
import { resourceClient } from "./resource";
import type { CapturedReferral, Referral } from "./types";

export const referralsApi = resourceClient<Referral, Partial<Referral>, Partial<Referral>>(
  "referrals",
);

export const referralKeys = {
  network: [...roots.referrals, "network"] as const,
  of: (personId: string, referredById: string | null) =>
    [...roots.referrals, "of", personId, referredById] as const,
};

export type CapturedReferralInput = z.input<typeof referralInput>;

export const captureReferral = (body: CapturedReferralInput) =>
  api.post<CapturedReferral>("/api/referrals/capture", body);

/** A new person (maybe a new organization) and their conversation waiting to be asked for. */
export const referralCaptured: Stale = [
  roots.referrals,
  roots.people,
  roots.organizations,
  roots.conversations,
  roots.today,
  roots.progress,
];
