// Files in and out: import the people you already know (LinkedIn, Google, Outlook, vCard, or a
// backup), export everything, and subscribe a calendar to the plan.
import { Stack } from "@mantine/core";
import { PageHeader } from "../../components/PageHeader";
import { CalendarFeeds } from "./CalendarFeeds";
import { ExportCard } from "./ExportCard";
import { ImportCard } from "./ImportCard";

export function ImportPage() {
  return (
    <>
      <PageHeader
        title="Import and export"
        description="Your contacts in, your data out, and your plan in your calendar."
      />
      <Stack gap="md">
        <ImportCard />
        <ExportCard />
        <CalendarFeeds />
      </Stack>
    </>
  );
}
