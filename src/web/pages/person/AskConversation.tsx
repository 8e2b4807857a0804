// Asking someone for a conversation files it under one target, which decides the coverage it
// fills and the pitch it uses. With two or more active targets the seeker chooses, starting
// from the one that fits the person (their organization or industry), else the last used.
import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { suggestTarget } from "../../../domain/targetChoice.js";
import { organizationsApi } from "../../api/organizations";
import { lastUsedTargetId, targetsApi } from "../../api/targets";
import type { Person, Target } from "../../api/types";

export function useTargetChoice(person: Person) {
  return useQuery({
    queryKey: [...targetsApi.keys.every({ active: true }), "choice", person.id],
    queryFn: async () => {
      const [targets, lastUsed, organization] = await Promise.all([
        targetsApi.all({ active: true }),
        lastUsedTargetId(),
        person.organizationId ? organizationsApi.get(person.organizationId) : null,
      ]);
      const suggested = suggestTarget(
        {
          organizationId: person.organizationId,
          industryId: person.industryId,
          organizationIndustryId: organization?.industryId ?? null,
        },
        targets,
        lastUsed,
      );
      return { targets, suggested };
    },
  });
}

export function TargetChooser({
  person,
  targets,
  suggested,
  opened,
  busy,
  onClose,
  onChoose,
}: {
  person: Person;
  targets: Target[];
  suggested: string | null;
  opened: boolean;
  busy: boolean;
  onClose: () => void;
  onChoose: (targetId: string | null) => void;
}) {
  const [targetId, setTargetId] = useState<string | null>(suggested);
  return (
    <Modal opened={opened} onClose={onClose} title={`Ask ${person.fullName} for a conversation`}>
      <Stack gap="sm">
        <Select
          label="For which target?"
          description="It decides the coverage this conversation fills and the pitch you use. You can change it on Prepare."
          data={targets.map((t) => ({ value: t.id, label: t.role }))}
          value={targetId}
          onChange={setTargetId}
          clearable
          placeholder="No target"
        />
        {suggested && targetId === suggested && (
          <Text size="xs" c="dimmed">
            Suggested: it fits their organization or industry, or you used it last.
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => onChoose(targetId)} loading={busy}>
            Write the request
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
