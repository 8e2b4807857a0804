import { Badge } from "@mantine/core";
import type { ConversationStatus } from "../../domain/vocabulary.js";
import { STATUS_COLOR, STATUS_LABEL } from "../lib/labels";

export function StatusBadge({
  status,
  size = "sm",
}: {
  status: ConversationStatus | null;
  size?: "xs" | "sm" | "md";
}) {
  if (!status)
    return (
      <Badge size={size} variant="outline" color="gray">
        Not asked
      </Badge>
    );
  return (
    <Badge size={size} variant="light" color={STATUS_COLOR[status]}>
      {STATUS_LABEL[status]}
    </Badge>
  );
}
