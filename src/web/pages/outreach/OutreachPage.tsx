// The asks: people to ask, requests waiting for an answer, and those that ended.
import { Button, SimpleGrid, Stack } from "@mantine/core";
import { useSettings } from "../../api/settings";
import { ConversationList } from "../../components/conversation/ConversationList";
import { Icon } from "../../components/icons";
import { PageHeader } from "../../components/PageHeader";
import { SectionCard } from "../../components/SectionCard";
import { useAddPerson } from "../../hooks/useAddPerson";

export function OutreachPage() {
  const zone = useSettings().data?.timeZone;
  const addPerson = useAddPerson();
  return (
    <>
      <PageHeader
        title="Outreach"
        description="Ask for 20 minutes, by email first. Three attempts, then let it go."
        actions={
          <Button onClick={addPerson} leftSection={<Icon name="plus" size={16} />}>
            Someone new to ask
          </Button>
        }
      />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <SectionCard id="to-ask" title="To ask" description="Identified, not asked yet.">
            <ConversationList
              status="identified"
              timeZone={zone}
              empty="No one waiting to be asked. Open a person and choose “Ask for a conversation”."
            />
          </SectionCard>
          <SectionCard
            id="waiting"
            title="Waiting for an answer"
            description="Silence is normal; a reminder comes when it is time to try again. A yes waits here until it is on the calendar."
          >
            <ConversationList
              status="asked"
              timeZone={zone}
              empty="No request is waiting for an answer."
            />
          </SectionCard>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <SectionCard id="no-response" title="No response">
            <ConversationList
              status="no_response"
              timeZone={zone}
              empty="None. Requests you let go appear here, ready to try again later."
            />
          </SectionCard>
          <SectionCard id="declined" title="Declined">
            <ConversationList status="declined" timeZone={zone} empty="No one has said no." />
          </SectionCard>
        </SimpleGrid>
      </Stack>
    </>
  );
}
