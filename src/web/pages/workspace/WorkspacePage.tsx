// One conversation in three steps: prepare it, hold it on a clock, and after it thank them
// and set the follow-ups. Each step has its own address.
import { Anchor, Group, SegmentedControl, Text } from "@mantine/core";
import { Link, Redirect, useLocation, useParams } from "wouter";
import type { ConversationStatus } from "../../../domain/vocabulary.js";
import { useSettings } from "../../api/settings";
import { ConversationStatusBadge } from "../../components/conversation/ConversationStatusBadge";
import { PageHeader } from "../../components/PageHeader";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { formatInstant } from "../../lib/dates";
import { MODE_LABEL } from "../../lib/labels";
import { AfterStep } from "./after/AfterStep";
import { LiveStep } from "./live/LiveStep";
import { PrepareStep } from "./prepare/PrepareStep";
import { useWorkspace } from "./useWorkspace";

const STEPS = ["prepare", "live", "after"] as const;
type Step = (typeof STEPS)[number];

function defaultStep(status: ConversationStatus): Step {
  return status === "held" || status === "thanked" || status === "in_touch" ? "after" : "prepare";
}

export function WorkspacePage() {
  const { id = "", step } = useParams<{ id: string; step?: string }>();
  const [, navigate] = useLocation();
  const workspace = useWorkspace(id);
  const timeZone = useSettings().data?.timeZone ?? "UTC";
  if (workspace.error) return <ErrorState error={workspace.error} retry={workspace.refetch} />;
  if (!workspace.ready || !workspace.preparation || !workspace.person) {
    return <LoadingRows rows={6} />;
  }
  const c = workspace.preparation.conversation;
  if (!step || !STEPS.includes(step as Step)) {
    return <Redirect to={`/conversations/${id}/${defaultStep(c.status)}`} replace />;
  }
  const person = workspace.person;
  const when = c.heldAt ?? c.scheduledAt;
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} href={`/people/${person.id}`} size="sm">
            ← {person.fullName}
          </Anchor>
        }
        title={
          <Group gap="sm" component="span">
            <span>Conversation with {person.fullName}</span>
            <ConversationStatusBadge conversation={c} size="md" />
          </Group>
        }
        description={
          <Text span size="sm">
            {c.requestedMinutes} min · {MODE_LABEL[c.mode]}
            {when ? ` · ${formatInstant(when, timeZone)}` : " · not scheduled yet"}
            {c.place ? ` · ${c.place}` : ""}
          </Text>
        }
        actions={
          // The step is the address: moving through it keeps the focus on the switch.
          <div data-keeps-focus>
            <SegmentedControl
              aria-label="Step"
              value={step}
              onChange={(next) => navigate(`/conversations/${id}/${next}`)}
              data={[
                { value: "prepare", label: "1 · Prepare" },
                { value: "live", label: "2 · Live" },
                { value: "after", label: "3 · After" },
              ]}
            />
          </div>
        }
      />
      {step === "prepare" && <PrepareStep workspace={workspace} timeZone={timeZone} />}
      {step === "live" && <LiveStep workspace={workspace} />}
      {step === "after" && <AfterStep workspace={workspace} timeZone={timeZone} />}
    </>
  );
}
