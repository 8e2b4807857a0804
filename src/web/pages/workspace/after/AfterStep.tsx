// Step 3: write down what mattered, thank them within 24 hours, and set up what comes next.
import { Alert, Button, Grid, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { Link } from "wouter";
import { followUpsApi } from "../../../api/followUps";
import { useAll } from "../../../api/resource";
import { CapturedList } from "../../../components/conversation/CapturedList";
import { DraftTextarea } from "../../../components/DraftTextarea";
import { SectionCard } from "../../../components/SectionCard";
import { formatInstant } from "../../../lib/dates";
import { saveConversationText } from "../saves";
import type { Workspace } from "../useWorkspace";
import { ComeBackForm, LeadForm } from "./AfterForms";
import { MindChangeForm } from "./MindChangeForm";
import { NextFollowUps } from "./NextFollowUps";
import { ThankYouComposer } from "./ThankYouComposer";

export function AfterStep({ workspace, timeZone }: { workspace: Workspace; timeZone: string }) {
  const client = useQueryClient();
  const c = workspace.preparation?.conversation;
  const person = workspace.person;
  const followUps = useAll(followUpsApi, { conversationId: c?.id ?? "" }, Boolean(c));
  if (!c || !person) return null;
  const due = followUps.data?.find((f) => f.kind === "thank_you" && !f.doneAt);
  const notYetHeld = c.status === "identified" || c.status === "asked" || c.status === "scheduled";
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          {notYetHeld ? (
            <Alert color="blue" title="Not held yet">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">Once you have talked, mark it held from the Live step.</Text>
                <Button component={Link} href={`/conversations/${c.id}/live`} size="xs">
                  Go to Live
                </Button>
              </Stack>
            </Alert>
          ) : c.status === "held" ? (
            <SectionCard id="thank-you" title="Thank-you">
              <ThankYouComposer conversation={c} person={person} due={due} timeZone={timeZone} />
            </SectionCard>
          ) : c.thankYouSentAt ? (
            <Alert color="teal" title="Thanked">
              Sent {formatInstant(c.thankYouSentAt, timeZone)}
              {c.thankYouChannel === "card" ? " as a card" : " by email"}.
            </Alert>
          ) : null}
          <SectionCard
            id="after-notes"
            title="What was noteworthy"
            description="Write it down right away, while you remember their words."
          >
            <DraftTextarea
              draftKey={`notes.${c.id}`}
              serverValue={c.notes}
              serverUpdatedAt={c.updatedAt}
              label="Notes"
              minRows={6}
              save={(notes, keepalive) => saveConversationText(client, c.id, { notes }, keepalive)}
            />
          </SectionCard>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <SectionCard id="next" title="Next with them">
            <NextFollowUps personId={person.id} />
          </SectionCard>
          <SectionCard id="captured-after" title="Names and insights from this talk">
            <CapturedList conversationId={c.id} />
          </SectionCard>
          <SectionCard
            id="come-back"
            title="Come back"
            description="Did they suggest research or a course? Tell them when it is done."
          >
            <ComeBackForm conversation={c} />
          </SectionCard>
          <SectionCard
            id="changed-my-mind"
            title="What changed my mind"
            description="Which assumption did this talk confirm or overturn?"
          >
            <MindChangeForm conversation={c} person={person} />
          </SectionCard>
          <SectionCard id="lead" title="Openings">
            <LeadForm conversation={c} person={person} />
          </SectionCard>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
