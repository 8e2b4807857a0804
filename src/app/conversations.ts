// Conversations start as "identified" and move only through the pipeline use cases; creating
// or deleting one changes how far its person has come, so the stage is refreshed with it.
import { NotFound } from "../domain/errors.js";
import { deleteOne, getById } from "../store/ownedRepository.js";
import { inTransaction } from "./context.js";
import { createIn, genericService, type ResourceService } from "./crud.js";
import { conversationResource } from "./entities/conversation.js";
import { refreshPersonStage } from "./people.js";
import { loadSettings } from "./settings.js";

export const conversationsService: ResourceService = {
  ...genericService(conversationResource),
  create: (ctx, input) =>
    inTransaction(ctx, async (tx) => {
      const settings = await loadSettings(tx, ctx.ownerId);
      const conversation = await createIn(ctx, tx, conversationResource, {
        requestedMinutes: settings.requestMinutes,
        ...input,
        status: "identified",
      });
      await refreshPersonStage(ctx, tx, String(conversation.personId));
      return conversation;
    }),
  remove: (ctx, id) =>
    inTransaction(ctx, async (tx) => {
      const conversation = await getById(tx, conversationResource, ctx.ownerId, id, "conversation");
      if (!(await deleteOne(tx, conversationResource, ctx.ownerId, id))) {
        throw new NotFound("conversation", id);
      }
      await refreshPersonStage(ctx, tx, String(conversation.personId));
    }),
};
