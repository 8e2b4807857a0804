// Organizations: people are found by their organization's name, so a rename reindexes them.
import { getById } from "../store/ownedRepository.js";
import { inTransaction } from "./context.js";
import { genericService, type ResourceService, updateIn } from "./crud.js";
import { organizationResource } from "./entities/organization.js";
import { personResource } from "./entities/person.js";
import { reindexPerson } from "./people.js";

const base = genericService(organizationResource);

export const organizationsService: ResourceService = {
  ...base,
  update: (ctx, id, input) =>
    inTransaction(ctx, async (tx) => {
      const organization = await updateIn(ctx, tx, organizationResource, id, input);
      if (input.name !== undefined) {
        const members = await tx
          .selectFrom("people")
          .select("id")
          .where("owner_id", "=", ctx.ownerId)
          .where("organization_id", "=", id)
          .execute();
        for (const member of members) {
          await reindexPerson(
            ctx,
            tx,
            await getById(tx, personResource, ctx.ownerId, member.id, "person"),
          );
        }
      }
      return organization;
    }),
};
