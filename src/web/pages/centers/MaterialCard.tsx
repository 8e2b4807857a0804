// What the center shares with its seekers: request and thank-you templates and questions, which
// a seeker adopts into their own (a copy, theirs from then on).
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { addMaterial, type Center, centersChanged, removeMaterial } from "../../api/centers";
import { ApiError } from "../../api/client";
import { Icon } from "../../components/icons";
import { SectionCard } from "../../components/SectionCard";
import { useAction } from "../../hooks/useAction";

type Kind = "request" | "thank_you" | "question";

export const MATERIAL_WORDS: Readonly<Record<Kind, string>> = {
  request: "Request template",
  thank_you: "Thank-you template",
  question: "Question",
};

function AddMaterialForm({ centerId }: { centerId: string }) {
  const [kind, setKind] = useState<Kind>("request");
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const add = useAction(() => addMaterial(centerId, { kind, title: title.trim(), body }), {
    stale: centersChanged,
    success: "Shared with the center's seekers.",
    onDone: () => {
      setTitle("");
      setBody("");
    },
  });
  const fault = (field: string) =>
    add.error instanceof ApiError ? add.error.fieldError(field) : undefined;
  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(undefined);
  }
  return (
    <form onSubmit={submit} aria-label="Share material">
      <Stack gap="sm">
        <SegmentedControl
          aria-label="Kind of material"
          value={kind}
          onChange={(value) => setKind(value as Kind)}
          data={(Object.keys(MATERIAL_WORDS) as Kind[]).map((value) => ({
            value,
            label: MATERIAL_WORDS[value],
          }))}
          fullWidth
          orientation="horizontal"
          size="xs"
        />
        <TextInput
          label="Title"
          required
          value={title}
          error={fault("title")}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <Textarea
          label={kind === "question" ? "The question" : "The text"}
          description={
            kind === "question"
              ? undefined
              : "Placeholders such as {firstName} work as in the seeker's own templates."
          }
          required
          autosize
          minRows={3}
          value={body}
          error={fault("body")}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            Share
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function MaterialCard({ center }: { center: Center }) {
  const remove = useAction(removeMaterial, { stale: centersChanged, success: "Removed." });
  const writes = center.role !== "analyst";
  return (
    <SectionCard
      id="material"
      title="Shared material"
      count={center.material.length}
      description="Templates and questions your seekers can adopt: each gets a copy of their own."
    >
      <Stack gap="xs">
        {center.material.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing shared yet.
          </Text>
        )}
        {center.material.map((item) => (
          <Paper key={item.id} withBorder radius="md" p="sm">
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Text fw={600} size="sm">
                    {item.title}
                  </Text>
                  <Badge variant="light" color="gray" size="sm">
                    {MATERIAL_WORDS[item.kind]}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed" lineClamp={3} style={{ whiteSpace: "pre-wrap" }}>
                  {item.body}
                </Text>
              </Stack>
              {center.role === "admin" && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove ${item.title}`}
                  onClick={() => remove.mutate(item.id)}
                >
                  <Icon name="trash" size={16} />
                </ActionIcon>
              )}
            </Group>
          </Paper>
        ))}
        {writes && <AddMaterialForm centerId={center.id} />}
      </Stack>
    </SectionCard>
  );
}
