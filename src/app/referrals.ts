// A referral says who introduced whom. Nobody introduces themselves, and one introduction is
// recorded once: a second copy would count twice in the referral yield and draw a second edge in
// the network. Every path that records one (the plain routes and capturing a name in a
// conversation) goes through these checks.
import { Conflict, RuleViolation } from "../domain/errors.js";
import { getById } from "../store/ownedRepository.js";
import type { Entity } from "../store/tableSpec.js";
import { listPageMatching } from "../store/textMatch.js";
import { type AppContext, inTransaction, type Tx } from "./context.js";
import { createIn, genericService, type ResourceService, updateIn } from "./crud.js";
import { referralResource } from "./entities/referral.js";

export async function assertNewReferral(
  ctx: AppContext,
  tx: Tx,
  fromPersonId: string,
  personId: string,
  ownId?: string,
): Promise<void> {
  if (fromPersonId === personId) {
    throw new RuleViolation("a person cannot refer themselves", [
      { field: "personId", message: "must differ from fromPersonId" },
    ]);
  }
  const { items } = await listPageMatching(
    tx,
    referralResource,
    ctx.ownerId,
    { limit: 2, offset: 0 },
    { equals: { fromPersonId, personId } },
    { fields: [], query: undefined },
  );
  if (items.some((item) => item.id !== ownId)) {
    throw new Conflict("this introduction is already recorded", [
      { field: "personId", message: "already referred by this person" },
    ]);
  }
}

const plain = genericService(referralResource);

export const referralsService: ResourceService = {
  ...plain,
  create: (ctx, input) =>
    inTransaction(ctx, async (tx) => {
      await assertNewReferral(ctx, tx, String(input.fromPersonId), String(input.personId));
      return createIn(ctx, tx, referralResource, input);
    }),
  update: (ctx, id, input) =>
    inTransaction(ctx, async (tx) => {
      const current: Entity = await getById(tx, referralResource, ctx.ownerId, id, "referral");
      const fromPersonId = String(input.fromPersonId ?? current.fromPersonId);
      const personId = String(input.personId ?? current.personId);
      await assertNewReferral(ctx, tx, fromPersonId, personId, id);
      return updateIn(ctx, tx, referralResource, id, input);
    }),
};
