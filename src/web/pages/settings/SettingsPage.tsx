import { Stack } from "@mantine/core";
import { useReminderSettings } from "../../api/reminders";
import { useSettings } from "../../api/settings";
import { PageHeader } from "../../components/PageHeader";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { useAccount } from "../account/accountContext";
import { PracticeForm } from "./PracticeForm";
import { RemindersForm } from "./RemindersForm";
import { TemplatesForm } from "./TemplatesForm";

export function SettingsPage() {
  const settings = useSettings();
  // Reminder e-mails go out in server mode; in local mode `inroads digest` on a timer sends them.
  const serverMode = useAccount().mode === "server";
  const reminders = useReminderSettings();
  if (settings.isError)
    return <ErrorState error={settings.error} retry={() => settings.refetch()} />;
  return (
    <>
      <PageHeader title="Settings" description="Every number is a default you can change." />
      <Stack gap="md">
        <SectionCard id="practice" title="Time zone and cadence">
          {settings.data ? (
            <PracticeForm key={JSON.stringify(settings.data)} initial={settings.data} />
          ) : (
            <LoadingRows rows={4} />
          )}
        </SectionCard>
        {serverMode && (
          <SectionCard id="reminders" title="Reminder e-mails">
            {reminders.data ? (
              <RemindersForm key={JSON.stringify(reminders.data)} initial={reminders.data} />
            ) : (
              <LoadingRows rows={3} />
            )}
          </SectionCard>
        )}
        <SectionCard id="templates" title="Templates">
          <TemplatesForm />
        </SectionCard>
      </Stack>
    </>
  );
}
