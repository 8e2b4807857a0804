// What staff write about a seeker, kept apart: comments, which the seeker reads on their Today
// (a nudge, an introduction, a resource), and private notes among the program's staff, which the
// seeker never sees.
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { addComment, addStaffNote, centersChanged, type SeekerView } from "../../api/centers";
import { SectionCard } from "../../components/SectionCard";
import { useAction } from "../../hooks/useAction";
import { COMMENT_KINDS, COMMENT_WORDS, type CommentKind } from "../../lib/coachingWords";
import { formatInstant } from "../../lib/dates";

function Written({
  author,
  at,
  body,
  badge,
}: {
  author: string;
  at: string;
  body: string;
  badge?: string;
}) {
  return (
    <Paper withBorder radius="md" p="xs">
      <Group gap={6} mb={2}>
        {badge && (
          <Badge size="sm" variant="light" tt="none">
            {badge}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {author}, {formatInstant(at)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
        {body}
      </Text>
    </Paper>
  );
}

export function CommentsCard({ view }: { view: SeekerView }) {
  const [kind, setKind] = useState<CommentKind>("nudge");
  const [body, setBody] = useState("");
  const send = useAction(() => addComment(view.program.id, view.seeker.id, { kind, body }), {
    stale: centersChanged,
    success: `Sent: ${view.seeker.name} sees it on their Today.`,
    onDone: () => setBody(""),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    send.mutate(undefined);
  }
  return (
    <SectionCard
      id="comments"
      title="Comments"
      count={view.comments.length}
      description={`${view.seeker.name} reads these on their Today page.`}
    >
      <Stack gap="xs">
        {view.comments.map((c) => (
          <Written
            key={c.id}
            author={c.authorName}
            at={c.createdAt}
            body={c.body}
            badge={COMMENT_WORDS[c.kind]}
          />
        ))}
        <form onSubmit={submit} aria-label="Write a comment">
          <Stack gap="xs">
            <SegmentedControl
              aria-label="Kind of comment"
              value={kind}
              onChange={(value) => setKind(value as CommentKind)}
              data={COMMENT_KINDS.map((value) => ({ value, label: COMMENT_WORDS[value] }))}
              size="xs"
            />
            <Textarea
              label="Comment"
              placeholder="A nudge, an introduction to someone, or a resource to read"
              required
              autosize
              minRows={2}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={send.isPending} disabled={body.trim() === ""}>
                Send comment
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </SectionCard>
  );
}

export function StaffNotesCard({ view }: { view: SeekerView }) {
  const [body, setBody] = useState("");
  const save = useAction(() => addStaffNote(view.program.id, view.seeker.id, body), {
    stale: centersChanged,
    success: "Note kept among the staff.",
    onDone: () => setBody(""),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(undefined);
  }
  return (
    <SectionCard id="staff-notes" title="Private staff notes" count={view.staffNotes.length}>
      <Stack gap="xs">
        <Alert color="gray" variant="light" p="xs">
          <Text size="sm">
            Only the program's staff read these. {view.seeker.name} never sees them.
          </Text>
        </Alert>
        {view.staffNotes.map((n) => (
          <Written key={n.id} author={n.authorName} at={n.createdAt} body={n.body} />
        ))}
        <form onSubmit={submit} aria-label="Write a private note">
          <Stack gap="xs">
            <Textarea
              label="Private note"
              required
              autosize
              minRows={2}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                variant="default"
                loading={save.isPending}
                disabled={body.trim() === ""}
              >
                Keep private note
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </SectionCard>
  );
}
