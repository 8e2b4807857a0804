// The conversations themselves: coming up, held and waiting for thanks, and those we keep
// in touch with.
import { Stack, Tabs } from "@mantine/core";
import { useSearchParams } from "wouter";
import { useSettings } from "../../api/settings";
import { ConversationList } from "../../components/conversation/ConversationList";
import { PageHeader } from "../../components/PageHeader";

const TABS = [
  {
    value: "scheduled",
    label: "Scheduled",
    empty: "Nothing scheduled. Ask someone from Outreach.",
  },
  { value: "held", label: "To thank", empty: "Every conversation held has been thanked." },
  { value: "thanked", label: "Thanked", empty: "No thanked conversations yet." },
  { value: "in_touch", label: "In touch", empty: "No one yet: check-ins move people here." },
] as const;

export function ConversationsPage() {
  const zone = useSettings().data?.timeZone;
  const [params, setParams] = useSearchParams();
  const tab = params.get("status") ?? "scheduled";
  return (
    <>
      <PageHeader
        title="Conversations"
        description="Prepare, hold on a clock, thank within 24 hours, keep in touch."
      />
      <Tabs
        value={tab}
        onChange={(v) => setParams({ status: v ?? "scheduled" }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((t) => (
          <Tabs.Panel key={t.value} value={t.value}>
            <Stack>
              <ConversationList status={t.value} timeZone={zone} empty={t.empty} />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
