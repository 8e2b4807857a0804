// Autosaves from the workspace. Each save also updates the cached preparation, so a step that
// mounts later starts from what was last saved, without a refetch racing the typing.
import type { QueryClient } from "@tanstack/react-query";
import { conversationKeys, conversationsApi } from "../../api/conversations";
import { conversationQuestionsApi } from "../../api/questions";
import type { Conversation, Preparation } from "../../api/types";

const key = conversationKeys.preparation;

export async function saveConversationText(
  client: QueryClient,
  conversationId: string,
  fields: Partial<Pick<Conversation, "notes" | "researchNotes" | "notesPermission">>,
  keepalive = false,
): Promise<void> {
  const saved = await conversationsApi.update(conversationId, fields, keepalive);
  client.setQueryData<Preparation>(key(conversationId), (old) =>
    old ? { ...old, conversation: saved } : old,
  );
}

export async function saveAnswer(
  client: QueryClient,
  conversationId: string,
  pickId: string,
  fields: { answer?: string; asked?: boolean },
  keepalive = false,
): Promise<void> {
  await conversationQuestionsApi.update(pickId, fields, keepalive);
  client.setQueryData<Preparation>(key(conversationId), (old) =>
    old
      ? { ...old, questions: old.questions.map((q) => (q.id === pickId ? { ...q, ...fields } : q)) }
      : old,
  );
}
