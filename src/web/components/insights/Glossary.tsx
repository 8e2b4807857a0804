// The industry's words, written down as they are heard: using them makes a candidate sound
// like an insider.
import { ActionIcon, Button, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { glossaryApi, glossaryChanged } from "../../api/insights";
import { useAll } from "../../api/resource";
import type { GlossaryTerm } from "../../api/types";
import { useAction } from "../../hooks/useAction";
import { Icon } from "../icons";
import { LoadingRows } from "../PageStates";

function TermRow({ term }: { term: GlossaryTerm }) {
  const remove = useAction(() => glossaryApi.remove(term.id), {
    success: `"${term.term}" removed from the glossary.`,
    stale: glossaryChanged,
    undo: () =>
      glossaryApi.create({
        industryId: term.industryId,
        term: term.term,
        meaning: term.meaning,
      }),
  });
  return (
    <Table.Tr>
      <Table.Td fw={600} style={{ whiteSpace: "nowrap" }}>
        {term.term}
      </Table.Td>
      <Table.Td>{term.meaning}</Table.Td>
      <Table.Td w={40}>
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={() => remove.mutate(undefined)}
          aria-label={`Delete "${term.term}"`}
        >
          <Icon name="trash" size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

export function Glossary({ industryId }: { industryId: string }) {
  const terms = useAll(glossaryApi, { industryId });
  const [term, setTerm] = useState("");
  const [meaning, setMeaning] = useState("");
  const add = useAction(
    () => glossaryApi.create({ industryId, term: term.trim(), meaning: meaning.trim() }),
    {
      success: "Term added.",
      stale: glossaryChanged,
      onDone: () => {
        setTerm("");
        setMeaning("");
      },
    },
  );
  return (
    <Stack gap="sm">
      {!terms.data ? (
        <LoadingRows rows={2} />
      ) : terms.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No terms yet. Note the words insiders use, and what they mean.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Term</Table.Th>
                <Table.Th>Meaning</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {terms.data.map((t) => (
                <TermRow key={t.id} term={t} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (term.trim()) add.mutate(undefined);
        }}
      >
        <Group gap="xs" align="flex-end">
          <TextInput
            label="Term"
            size="xs"
            value={term}
            onChange={(e) => setTerm(e.currentTarget.value)}
            style={{ flex: "1 1 120px" }}
          />
          <TextInput
            label="Meaning"
            size="xs"
            value={meaning}
            onChange={(e) => setMeaning(e.currentTarget.value)}
            style={{ flex: "3 1 200px" }}
          />
          <Button type="submit" size="xs" variant="light" disabled={!term.trim()}>
            Add term
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
