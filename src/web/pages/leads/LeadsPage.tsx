// Openings heard of in the hidden market, each traceable to the person who mentioned it and the
// conversation it came up in, moved along from heard of to an answer.
import { Anchor, Badge, Group, Paper, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "wouter";
import { LEAD_STATUSES, type LeadStatus } from "../../../domain/vocabulary.js";
import { leadChanged, leadsApi } from "../../api/insights";
import { type LeadWithSource, useLeadsWithSources } from "../../api/leads";
import { useSettings } from "../../api/settings";
import { PageHeader } from "../../components/PageHeader";
import { Empty, ErrorState, LoadingRows } from "../../components/PageStates";
import { useAction } from "../../hooks/useAction";
import { formatDay, formatInstant } from "../../lib/dates";
import { LEAD_STATUS_LABEL } from "../../lib/labels";

const STATUS_COLOR: Record<LeadStatus, string> = {
  heard: "gray",
  pursuing: "blue",
  applied: "indigo",
  interviewing: "grape",
  offer: "teal",
  closed: "dark",
};

type Show = "open" | "closed" | "all";

function LeadRow({ item, timeZone }: { item: LeadWithSource; timeZone?: string }) {
  const { lead, person, conversation, organization } = item;
  const move = useAction((status: LeadStatus) => leadsApi.update(lead.id, { status }), {
    success: (l) => `${l.title}: ${LEAD_STATUS_LABEL[l.status].toLowerCase()}.`,
    stale: leadChanged,
  });
  const talkedOn = conversation?.heldAt ?? conversation?.scheduledAt ?? null;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="lead">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: "1 1 260px", minWidth: 0 }}>
          <Group gap={6}>
            <Text fw={600}>{lead.title}</Text>
            <Badge color={STATUS_COLOR[lead.status]} variant="light" size="sm">
              {LEAD_STATUS_LABEL[lead.status]}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            Heard of {formatDay(lead.heardOn)}
            {organization ? ` · ${organization.name}` : ""}
          </Text>
          <Text size="sm">
            {person ? (
              <>
                From{" "}
                <Anchor component={Link} href={`/people/${person.id}`}>
                  {person.fullName}
                </Anchor>
              </>
            ) : (
              "Nobody named"
            )}
            {conversation && (
              <>
                {" · "}
                <Anchor component={Link} href={`/conversations/${conversation.id}/after`}>
                  {talkedOn
                    ? `the conversation of ${formatInstant(talkedOn, timeZone)}`
                    : "their conversation"}
                </Anchor>
              </>
            )}
          </Text>
          {lead.note && (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {lead.note}
            </Text>
          )}
        </Stack>
        <Select
          aria-label={`Where ${lead.title} stands`}
          w={170}
          data={LEAD_STATUSES.map((s) => ({ value: s, label: LEAD_STATUS_LABEL[s] }))}
          value={lead.status}
          onChange={(v) => v && v !== lead.status && move.mutate(v as LeadStatus)}
          allowDeselect={false}
          disabled={move.isPending}
        />
      </Group>
    </Paper>
  );
}

export function LeadsPage() {
  const leads = useLeadsWithSources();
  const zone = useSettings().data?.timeZone;
  const [show, setShow] = useState<Show>("open");
  const header = (
    <PageHeader
      title="Leads"
      description="Openings people mentioned, with who told you and where. Move each along as it goes."
    />
  );
  if (leads.isError) return <ErrorState error={leads.error} retry={() => leads.refetch()} />;
  if (!leads.data)
    return (
      <>
        {header}
        <LoadingRows rows={3} />
      </>
    );
  const shown = leads.data.filter(({ lead }) =>
    show === "all" ? true : show === "closed" ? lead.status === "closed" : lead.status !== "closed",
  );
  return (
    <>
      {header}
      <Stack gap="sm">
        <SegmentedControl
          aria-label="Show"
          value={show}
          onChange={(v) => setShow(v as Show)}
          data={[
            { value: "open", label: "Open" },
            { value: "closed", label: "Closed" },
            { value: "all", label: "All" },
          ]}
          maw={320}
        />
        {shown.length === 0 ? (
          <Empty icon="sparkle" title={show === "closed" ? "None closed" : "No leads yet"}>
            When someone mentions an opening, save it on the conversation's After step: it comes
            here with who told you.
          </Empty>
        ) : (
          shown.map((item) => <LeadRow key={item.lead.id} item={item} timeZone={zone} />)
        )}
      </Stack>
    </>
  );
}
