// The words of the request and the thank-you, with {placeholders} filled from the person and
// the target. Kept in this browser for now.
import { Button, Code, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useToast } from "../../components/Toasts";
import {
  DEFAULT_TEMPLATES,
  loadTemplates,
  saveTemplates,
  TEMPLATE_FIELDS,
  type Templates,
} from "../../lib/templates";

export function TemplatesForm() {
  const toast = useToast();
  const [values, setValues] = useState<Templates>(loadTemplates);
  const set = (key: keyof Templates, value: string) => setValues({ ...values, [key]: value });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        saveTemplates(values);
        toast({ message: "Templates saved on this device.", tone: "success" });
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
          description="Who you are, how you found them, the minutes, why them, and that you are not asking for a job."
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
            onClick={() => {
              const previous = values;
              const reset = { ...DEFAULT_TEMPLATES, myName: values.myName };
              setValues(reset);
              saveTemplates(reset);
              toast({
                message: "Templates reset to the defaults.",
                tone: "info",
                undo: () => {
                  setValues(previous);
                  saveTemplates(previous);
                },
              });
            }}
          >
            Reset to defaults
          </Button>
          <Button type="submit">Save templates</Button>
        </Group>
      </Stack>
    </form>
  );
}
