// One conversation's place in the pipeline, with "Said yes" for a request they accepted that is
// not on the calendar yet. Only an asked conversation needs its attempts read to tell.
import { saidYes } from "../../../domain/attempts.js";
import { attemptsApi } from "../../api/attempts";
import { useAll } from "../../api/resource";
import type { Conversation } from "../../api/types";
import { StatusBadge } from "../StatusBadge";

export function ConversationStatusBadge({
  conversation: c,
  size,
}: {
  conversation: Pick<Conversation, "id" | "status">;
  size?: "xs" | "sm" | "md";
}) {
  const asked = c.status === "asked";
  const attempts = useAll(attemptsApi, { conversationId: c.id }, asked);
  return (
    <StatusBadge status={c.status} size={size} saidYes={saidYes(c.status, attempts.data ?? [])} />
  );
}
