// A center's staff, each with one role; admins add someone by e-mail (someone without an account
// is mailed a link to make one) and remove them. The last admin cannot leave: the server says so.
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { addStaff, type Center, centersChanged, removeStaff } from "../../api/centers";
import { ApiError } from "../../api/client";
import { Icon } from "../../components/icons";
import { SectionCard } from "../../components/SectionCard";
import { useAction } from "../../hooks/useAction";
import { ROLE_WORDS, type StaffRole } from "../../lib/coachingWords";

const ROLE_OPTIONS = (Object.keys(ROLE_WORDS) as StaffRole[]).map((role) => ({
  value: role,
  label: `${ROLE_WORDS[role].label}: ${ROLE_WORDS[role].sees}`,
}));

function AddStaffForm({ centerId }: { centerId: string }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<StaffRole>("coach");
  const add = useAction((input: { email: string; role: StaffRole }) => addStaff(centerId, input), {
    stale: centersChanged,
    success: (member) => `${member.name || member.email} is on the staff as ${member.role}.`,
    onDone: () => setEmail(""),
  });
  const fault = (field: string) =>
    add.error instanceof ApiError ? add.error.fieldError(field) : undefined;
  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate({ email: email.trim(), role });
  }
  return (
    <form onSubmit={submit} aria-label="Add staff">
      <Group align="flex-start" gap="sm">
        <TextInput
          label="E-mail"
          type="email"
          required
          value={email}
          error={fault("email")}
          onChange={(event) => setEmail(event.currentTarget.value)}
          style={{ flex: "1 1 220px" }}
        />
        <Select
          label="Role"
          data={ROLE_OPTIONS}
          value={role}
          allowDeselect={false}
          error={fault("role")}
          onChange={(value) => value && setRole(value as StaffRole)}
          style={{ flex: "1 1 260px" }}
          comboboxProps={{ withinPortal: true }}
        />
        <Button type="submit" loading={add.isPending} mt={{ base: 0, xs: 25 }}>
          Add to staff
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={6}>
        Someone without an account yet gets an e-mail with a link to make one.
      </Text>
    </form>
  );
}

export function StaffCard({ center }: { center: Center }) {
  const admin = center.role === "admin";
  const remove = useAction((userId: string) => removeStaff(center.id, userId), {
    stale: centersChanged,
    success: "Removed from the staff.",
  });
  return (
    <SectionCard id="staff" title="Staff" count={center.staff.length}>
      <Stack gap="xs">
        {center.staff.map((member) => (
          <Paper key={member.userId} withBorder radius="md" p="sm" data-testid="staff-member">
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text fw={600} size="sm" truncate>
                  {member.name || member.email}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                  {member.email}
                </Text>
              </div>
              <Group gap={6} wrap="nowrap">
                <Badge variant="light">{ROLE_WORDS[member.role].label}</Badge>
                {admin && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${member.name || member.email} from the staff`}
                    onClick={() => remove.mutate(member.userId)}
                    loading={remove.isPending && remove.variables === member.userId}
                  >
                    <Icon name="trash" size={16} />
                  </ActionIcon>
                )}
              </Group>
            </Group>
          </Paper>
        ))}
        {admin && <AddStaffForm centerId={center.id} />}
      </Stack>
    </SectionCard>
  );
}
