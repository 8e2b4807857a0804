// The words of the request and the thank-you, with {placeholders} filled from the person and
// the target. Kept on the server, so they are in the backup and in every browser.
import { Button, Code, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { saveTemplates, templatesChanged, useTemplates } from "../../api/templates";
import type { TemplatesView } from "../../api/types";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { useAction } from "../../hooks/useAction";
import { TEMPLATE_FIELDS, type Templates } from "../../lib/templates";

export function TemplatesForm() {
  const templates = useTemplates();
  if (templates.isError)
    return <ErrorState error={templates.error} retry={() => templates.refetch()} />;
  if (!templates.data) return <LoadingRows rows={3} />;
  return <TemplatesEditor key={JSON.stringify(templates.data)} saved={templates.data} />;
}

function pickTemplates(view: TemplatesView): Templates {
  // Only the templates themselves: the view's defaults and edit marks are not part of a save.
  const { myName, requestSubject, request, thankYouEmail, thankYouCard } = view;
  return { myName, requestSubject, request, thankYouEmail, thankYouCard };
}

function TemplatesEditor({ saved }: { saved: TemplatesView }) {
  const [values, setValues] = useState<Templates>(() => pickTemplates(saved));
  const set = (key: keyof Templates, value: string) => setValues({ ...values, [key]: value });
  const save = useAction(() => saveTemplates(values), {
    success: "Templates saved.",
    stale: templatesChanged,
  });
  const reset = useAction(
    () =>
      saveTemplates({
        requestSubject: null,
        request: null,
        thankYouEmail: null,
        thankYouCard: null,
      }),
    {
      success: "Templates back to the built-in ones.",
      undo: () => saveTemplates(pickTemplates(saved)),
      stale: templatesChanged,
    },
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(undefined);
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Placeholders:{" "}
          {TEMPLATE_FIELDS.map((f) => (
            <Code key={f} mr={4}>{`{${f}}`}</Code>
          ))}
        </Text>
        <TextInput
          label="Your name, for signatures"
          value={values.myName}
          onChange={(e) => set("myName", e.currentTarget.value)}
          maw={360}
        />
        <TextInput
          label="Request subject"
          value={values.requestSubject}
          onChange={(e) => set("requestSubject", e.currentTarget.value)}
        />
        <Textarea
          label="Request"
          description="Who you are, how you found them, the minutes, why them, a reason for them to say yes, and that you are not asking for a job."
          autosize
          minRows={8}
          value={values.request}
          onChange={(e) => set("request", e.currentTarget.value)}
        />
        <Textarea
          label="Thank-you email"
          autosize
          minRows={5}
          value={values.thankYouEmail}
          onChange={(e) => set("thankYouEmail", e.currentTarget.value)}
        />
        <Textarea
          label="Thank-you card"
          autosize
          minRows={4}
          value={values.thankYouCard}
          onChange={(e) => set("thankYouCard", e.currentTarget.value)}
        />
        <Group justify="space-between">
          <Button
            variant="subtle"
            color="gray"
            onClick={() => reset.mutate(undefined)}
            loading={reset.isPending}
            disabled={saved.edited.every((key) => key === "myName")}
          >
            Back to the built-in templates
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save templates
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
