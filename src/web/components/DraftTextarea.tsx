// A text area that saves as you type (see useDraft) and says where the text stands.
import { Group, Text, Textarea, type TextareaProps } from "@mantine/core";
import { type DraftStatus, useDraft } from "../hooks/useDraft";

const STATUS_TEXT: Record<DraftStatus, string> = {
  saved: "Saved",
  saving: "Saving…",
  unsaved: "Saved on this device",
  error: "Not saved to the server yet; kept on this device",
};

export function DraftStatusText({ status, restored }: { status: DraftStatus; restored?: boolean }) {
  return (
    <Text size="xs" c={status === "error" ? "red.8" : "dimmed"} aria-live="polite">
      {restored && status !== "saved" ? "Restored from this device. " : ""}
      {STATUS_TEXT[status]}
    </Text>
  );
}

export function DraftTextarea({
  draftKey,
  serverValue,
  serverUpdatedAt,
  save,
  label,
  ...props
}: {
  draftKey: string;
  serverValue: string;
  serverUpdatedAt?: string;
  save: (value: string, keepalive: boolean) => Promise<unknown>;
  label: string;
} & Omit<TextareaProps, "value" | "onChange" | "label">) {
  const draft = useDraft({ key: draftKey, serverValue, serverUpdatedAt, save });
  return (
    <div>
      <Textarea
        label={
          <Group justify="space-between" gap="xs" component="span" wrap="nowrap">
            <span>{label}</span>
          </Group>
        }
        autosize
        minRows={3}
        {...props}
        value={draft.value}
        onChange={(event) => draft.setValue(event.currentTarget.value)}
      />
      <DraftStatusText status={draft.status} restored={draft.restored} />
    </div>
  );
}
