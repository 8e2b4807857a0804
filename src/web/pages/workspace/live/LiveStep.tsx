// Step 2: the conversation itself. The clock and its phases, the question at hand, notes typed
// as you go, and quick capture of names, words and insights. Everything typed is saved as you
// type, in this browser at once and on the server a moment later.
import { Button, Grid, Stack, Switch, Text, Textarea } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useLocation } from "wouter";
import { pipeline, stepTaken } from "../../../api/conversations";
import { useSettings } from "../../../api/settings";
import { CapturedList } from "../../../components/conversation/CapturedList";
import { DraftStatusText } from "../../../components/DraftTextarea";
import { Icon } from "../../../components/icons";
import { SectionCard } from "../../../components/SectionCard";
import { useAction } from "../../../hooks/useAction";
import { useDraft } from "../../../hooks/useDraft";
import { saveConversationText } from "../saves";
import type { Workspace } from "../useWorkspace";
import { AgendaTimer } from "./AgendaTimer";
import { HeldDialog } from "./HeldDialog";
import { QuestionRunner } from "./QuestionRunner";
import { QuickCapture } from "./QuickCapture";
import { useTimer } from "./useTimer";

export function LiveStep({ workspace }: { workspace: Workspace }) {
  const preparation = workspace.preparation;
  const person = workspace.person;
  if (!preparation || !person) return null;
  return <Live workspace={workspace} />;
}

function Live({ workspace }: { workspace: Workspace }) {
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const preparation = workspace.preparation as NonNullable<Workspace["preparation"]>;
  const person = workspace.person as NonNullable<Workspace["person"]>;
  const c = preparation.conversation;
  const timer = useTimer(c.id);
  const timeZone = useSettings().data?.timeZone ?? "UTC";
  const [confirming, setConfirming] = useState(false);
  const notes = useDraft({
    key: `notes.${c.id}`,
    serverValue: c.notes,
    serverUpdatedAt: c.updatedAt,
    save: (text, keepalive) => saveConversationText(client, c.id, { notes: text }, keepalive),
  });
  const permission = useAction(
    (value: boolean) => saveConversationText(client, c.id, { notesPermission: value }),
    { stale: [] },
  );
  const held = useAction(
    async (heldAt: string) => {
      timer.pause();
      await notes.flush();
      // A talk that happened without being put on the calendar first is scheduled when it was.
      if (c.status === "identified" || c.status === "asked" || c.status === "cancelled") {
        await pipeline.schedule(c.id, { scheduledAt: heldAt });
      }
      return pipeline.markHeld(c.id, { heldAt, notes: notes.value });
    },
    {
      success: "Held. Now the thank-you: within 24 hours.",
      stale: stepTaken,
      onDone: () => {
        setConfirming(false);
        navigate(`/conversations/${c.id}/after`);
      },
    },
  );
  const isHeld = c.status === "held" || c.status === "thanked" || c.status === "in_touch";
  // A held conversation's clock has nothing left to count.
  const { running, pause } = timer;
  useEffect(() => {
    if (isHeld && running) pause();
  }, [isHeld, running, pause]);
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          <SectionCard id="clock" title="Agenda">
            <AgendaTimer
              agenda={preparation.agenda}
              timer={timer}
              held={isHeld}
              conversationId={c.id}
              minutes={c.requestedMinutes}
            />
          </SectionCard>
          <SectionCard id="live-questions" title="Questions">
            <QuestionRunner conversationId={c.id} questions={preparation.questions} />
          </SectionCard>
          <SectionCard
            id="notes"
            title="Notes"
            actions={
              <Switch
                size="sm"
                label="They are fine with notes"
                checked={c.notesPermission ?? false}
                onChange={(e) => permission.mutate(e.currentTarget.checked)}
              />
            }
          >
            <Textarea
              aria-label="Notes"
              autosize
              minRows={6}
              placeholder="What stood out, in their words."
              value={notes.value}
              onChange={(e) => notes.setValue(e.currentTarget.value)}
              data-testid="live-notes"
            />
            <DraftStatusText status={notes.status} restored={notes.restored} />
          </SectionCard>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <SectionCard
            id="capture"
            title="Quick capture"
            description="Close by asking who else to talk to, and whether you may use their name."
          >
            <QuickCapture
              conversationId={c.id}
              person={person}
              organization={workspace.organization}
              target={workspace.target}
            />
          </SectionCard>
          <SectionCard id="captured" title="Captured in this conversation">
            <CapturedList conversationId={c.id} />
          </SectionCard>
          {isHeld ? (
            <Text size="sm" c="dimmed">
              This conversation is recorded as held.
            </Text>
          ) : (
            <Button
              size="md"
              onClick={() => setConfirming(true)}
              leftSection={<Icon name="check" size={18} />}
            >
              We talked: mark as held
            </Button>
          )}
          <HeldDialog
            conversation={c}
            timeZone={timeZone}
            opened={confirming}
            busy={held.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={(heldAt) => held.mutate(heldAt)}
          />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
