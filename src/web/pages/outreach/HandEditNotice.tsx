// The message edited by hand no longer follows the fields above it. Say so as soon as it happens,
// say louder when a field changed since (that change is not in the message), and offer to write
// the message again from the fields: the hand edit is lost only when the person chooses that.
import { Alert, Button, Group, Text } from "@mantine/core";

export function HandEditNotice({
  fieldsChanged,
  onRemerge,
}: {
  /** A field above was changed after the hand edit. */
  fieldsChanged: boolean;
  onRemerge: () => void;
}) {
  return (
    <Alert
      color={fieldsChanged ? "yellow" : "gray"}
      variant="light"
      role="status"
      data-testid="hand-edit-notice"
      title={fieldsChanged ? "Your changes above are not in the message" : "Edited by hand"}
    >
      <Text size="sm">
        {fieldsChanged
          ? "You edited the message yourself, so the fields above no longer change it."
          : "The fields above no longer change the message while you keep your own words."}{" "}
        Rewriting it from the fields drops your edits to the message.
      </Text>
      <Group mt="xs">
        <Button size="xs" variant={fieldsChanged ? "filled" : "default"} onClick={onRemerge}>
          Rewrite from the fields
        </Button>
      </Group>
    </Alert>
  );
}
