// The centers someone is staff of, with their role in each, and starting a new one: a career
// services office, or one coach's practice.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useLocation } from "wouter";
import { centersChanged, createCenter, useCenters } from "../../api/centers";
import { ApiError } from "../../api/client";
import { PageHeader } from "../../components/PageHeader";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { useAction } from "../../hooks/useAction";
import { ROLE_WORDS } from "../../lib/coachingWords";

function StartCenterForm() {
  const [, navigate] = useLocation();
  const [name, setName] = useState("");
  const start = useAction(createCenter, {
    stale: centersChanged,
    success: (center) => `${center.name} is started. You are its admin.`,
    onDone: (center) => navigate(`/centers/${center.id}`),
  });
  const error = start.error instanceof ApiError ? start.error.fieldError("name") : undefined;
  function submit(event: FormEvent) {
    event.preventDefault();
    start.mutate(name.trim());
  }
  return (
    <SectionCard
      id="start-center"
      title="Start a center"
      description="A career services office, a school's program, or your own coaching practice. You become its admin: you add the staff, set up programs and invite seekers. Seekers then choose what you see."
    >
      <form onSubmit={submit} aria-label="Start a center">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Name of the center"
            placeholder="Northside Career Services"
            required
            value={name}
            error={error}
            onChange={(event) => setName(event.currentTarget.value)}
            style={{ flex: "1 1 240px" }}
          />
          <Button type="submit" loading={start.isPending}>
            Start the center
          </Button>
        </Group>
      </form>
    </SectionCard>
  );
}

export function CentersPage() {
  const centers = useCenters();
  return (
    <>
      <PageHeader
        title="Centers"
        description="The career centers and coaching practices you are staff of."
      />
      <Stack gap="md">
        {centers.isError && <ErrorState error={centers.error} retry={() => centers.refetch()} />}
        {centers.isPending && <LoadingRows rows={2} />}
        {centers.data && centers.data.length > 0 && (
          <SectionCard id="your-centers" title="Your centers" count={centers.data.length}>
            <Stack gap="xs">
              {centers.data.map((center) => (
                <Paper key={center.id} withBorder radius="md" p="sm">
                  <Group justify="space-between" gap="xs">
                    <Anchor component={Link} href={`/centers/${center.id}`} fw={600}>
                      {center.name}
                    </Anchor>
                    <Group gap={6}>
                      <Badge variant="light">{ROLE_WORDS[center.role].label}</Badge>
                      <Text size="xs" c="dimmed" visibleFrom="sm">
                        {ROLE_WORDS[center.role].sees}
                      </Text>
                    </Group>
                  </Group>
                </Paper>
              ))}
            </Stack>
          </SectionCard>
        )}
        {centers.data && centers.data.length === 0 && (
          <Text size="sm" c="dimmed">
            You are not on the staff of any center yet. Someone who is can add you by your e-mail,
            or you can start one below.
          </Text>
        )}
        <StartCenterForm />
      </Stack>
    </>
  );
}
