// Organizations: people are found by their organization's name, so a rename reindexes them.
import { reindexMembers } from "../store/repositories/peopleWrite.repository.js";
import { inTransaction } from "./context.js";
import { genericService, type ResourceService, updateIn } from "./crud.js";
import { organizationResource } from "./entities/organization.js";
import { personResource } from "./entities/person.js";

const base = genericService(organizationResource);

export const organizationsService: ResourceService = {
  ...base,
  update: (ctx, id, input) =>
    inTransaction(ctx, async (tx) => {
      const organization = await updateIn(ctx, tx, organizationResource, id, input);
      if (input.name !== undefined) await reindexMembers(tx, personResource, ctx.ownerId, id);
      return organization;
    }),
};
