import { Badge } from "@mantine/core";
import type { ConversationStatus } from "../../domain/vocabulary.js";
import { STATUS_COLOR, STATUS_LABEL } from "../lib/labels";

export function StatusBadge({
  status,
  size = "sm",
  saidYes = false,
}: {
  status: ConversationStatus | null;
  size?: "xs" | "sm" | "md";
  /** Still "asked" in the pipeline, but they said yes: the next move is the calendar. */
  saidYes?: boolean;
}) {
  // Nobody has asked them yet, whether or not a conversation waits to be asked for (the welcome
  // page makes one, the Add person dialog does not): to the person it is one status.
  if (!status || status === "identified")
    return (
      <Badge size={size} variant="outline" color="gray">
        Not asked
      </Badge>
    );
  if (saidYes && status === "asked")
    return (
      <Badge size={size} variant="light" color={STATUS_COLOR.scheduled} data-testid="said-yes">
        Said yes
      </Badge>
    );
  return (
    <Badge size={size} variant="light" color={STATUS_COLOR[status]}>
      {STATUS_LABEL[status]}
    </Badge>
  );
}
