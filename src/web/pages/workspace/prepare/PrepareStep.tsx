// Step 1: research the person and the company, rehearse the pitch, pick the questions, and
// print a one-page sheet to bring along.
import { Button, Collapse, Grid, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useLocation } from "wouter";
import { invitationHref } from "../../../api/reminders";
import { DraftTextarea } from "../../../components/DraftTextarea";
import { Icon } from "../../../components/icons";
import { ScheduleForm } from "../../../components/ScheduleForm";
import { SectionCard } from "../../../components/SectionCard";
import { saveConversationText } from "../saves";
import type { Workspace } from "../useWorkspace";
import { PitchSummary } from "./PitchSummary";
import { QuestionPicker } from "./QuestionPicker";
import { TargetCard } from "./TargetCard";

export function PrepareStep({ workspace, timeZone }: { workspace: Workspace; timeZone: string }) {
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const [rescheduling, reschedule] = useDisclosure(false);
  const preparation = workspace.preparation;
  if (!preparation) return null;
  const c = preparation.conversation;
  const who = workspace.person?.fullName ?? "them";
  const where = workspace.organization?.name;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="md">
          <SectionCard
            id="research"
            title="Research"
            description={`Their profile and what you have in common; ${
              where ? `${where}'s` : "the company's"
            } website, news and headlines.`}
          >
            <DraftTextarea
              draftKey={`research.${c.id}`}
              serverValue={c.researchNotes}
              serverUpdatedAt={c.updatedAt}
              label={`Notes on ${who}${where ? ` and ${where}` : ""}`}
              minRows={6}
              save={(researchNotes, keepalive) =>
                saveConversationText(client, c.id, { researchNotes }, keepalive)
              }
            />
          </SectionCard>
          <SectionCard id="target" title="Target">
            <TargetCard conversation={c} target={workspace.target} />
          </SectionCard>
          <SectionCard id="pitch" title="Your pitch">
            <PitchSummary pitch={workspace.pitch} targetId={c.targetId} />
          </SectionCard>
          <SectionCard
            id="logistics"
            title="The day"
            actions={
              <Button size="xs" variant="subtle" onClick={reschedule.toggle}>
                {c.scheduledAt ? "Reschedule" : "Schedule"}
              </Button>
            }
          >
            <Text size="sm" c="dimmed" mb={rescheduling ? "sm" : 0}>
              Dress and prepare as for a job interview, and bring a way to take notes.
            </Text>
            <Collapse expanded={rescheduling}>
              <ScheduleForm conversation={c} timeZone={timeZone} onDone={reschedule.close} />
            </Collapse>
            {c.scheduledAt && (
              <Button
                component="a"
                href={invitationHref(c.id)}
                download="invitation.ics"
                size="xs"
                variant="default"
                mt="sm"
                leftSection={<Icon name="download" size={16} />}
              >
                Invitation for {who} (.ics)
              </Button>
            )}
          </SectionCard>
          <Stack gap="xs" className="no-print">
            <Button
              component={Link}
              href={`/conversations/${c.id}/sheet`}
              variant="default"
              leftSection={<Icon name="print" size={16} />}
            >
              Prep sheet to print
            </Button>
            <Button
              onClick={() => navigate(`/conversations/${c.id}/live`)}
              leftSection={<Icon name="play" size={16} />}
            >
              Ready: go live
            </Button>
          </Stack>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <SectionCard
          id="questions"
          title="Questions"
          description="Mix the organization with the person. Prefer what is not online; end by asking for names."
        >
          <QuestionPicker preparation={preparation} />
        </SectionCard>
      </Grid.Col>
    </Grid>
  );
}
