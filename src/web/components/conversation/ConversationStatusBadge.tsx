// One conversation's place in the pipeline, with "Said yes" for a request they accepted that is
// not on the calendar yet. Only an asked conversation needs its attempts read to tell.
import { saidYes } from "../../../domain/attempts.js";
import { attemptsApi } from "../../api/attempts";
import { useAll } from "../../api/resource";
import type { Conversation } from "../../api/types";
import { StatusBadge } from "../StatusBadge";

type Stage = Pick<Conversation, "id" | "status">;

/** They said yes and it waits for a time (read from its attempts while it is "asked"). */
export function useSaidYes(c: Stage): boolean {
  const asked = c.status === "asked";
  const attempts = useAll(attemptsApi, { conversationId: c.id }, asked);
  return saidYes(c.status, attempts.data ?? []);
}

export function ConversationStatusBadge({
  conversation,
  size,
}: {
  conversation: Stage;
  size?: "xs" | "sm" | "md";
}) {
  const yes = useSaidYes(conversation);
  return <StatusBadge status={conversation.status} size={size} saidYes={yes} />;
}
