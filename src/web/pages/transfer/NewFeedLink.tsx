// A calendar link just created. The server keeps only a hash of its secret, so this is the one
// time it can be seen: the user copies it now or makes another later.
import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from "@mantine/core";
import type { NewCalendarFeed } from "../../api/transfer";
import { Icon } from "../../components/icons";
import { useFocusOnMount } from "./useFocusOnMount";

export function NewFeedLink({ feed, onHide }: { feed: NewCalendarFeed; onHide: () => void }) {
  const input = useFocusOnMount<HTMLInputElement>();
  return (
    <Alert color="brand" variant="light" title="Your new calendar link" data-testid="new-feed-link">
      <Stack gap="xs">
        <Text size="sm">
          This link is shown only this once: copy it into your calendar program now. Anyone who has
          it can see your conversations and follow-ups, so keep it to yourself and revoke it if it
          leaks.
        </Text>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            ref={input}
            label="Subscription link"
            value={feed.url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: "1 1 240px", minWidth: 0 }}
          />
          <CopyButton value={feed.url}>
            {({ copied, copy }) => (
              <Button
                onClick={copy}
                variant={copied ? "light" : "filled"}
                leftSection={<Icon name={copied ? "check" : "copy"} size={16} />}
              >
                {copied ? "Copied" : "Copy"}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button variant="subtle" size="compact-sm" onClick={onHide}>
            I have copied it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
