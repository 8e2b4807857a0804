import { Stack } from "@mantine/core";
import { useSettings } from "../../api/settings";
import { PageHeader } from "../../components/PageHeader";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { PracticeForm } from "./PracticeForm";
import { TemplatesForm } from "./TemplatesForm";

export function SettingsPage() {
  const settings = useSettings();
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
        <SectionCard id="templates" title="Templates">
          <TemplatesForm />
        </SectionCard>
      </Stack>
    </>
  );
}
