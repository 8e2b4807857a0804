// A center's programs, each with its dates, coaches and how many seekers joined; admins set up
// a new one here.
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "wouter";
import type { Center } from "../../api/centers";
import { Icon } from "../../components/icons";
import { SectionCard } from "../../components/SectionCard";
import { formatDate } from "../../lib/coachingWords";
import { NewProgramForm } from "./NewProgramForm";

export function ProgramsCard({ center }: { center: Center }) {
  const [adding, setAdding] = useState(false);
  const admin = center.role === "admin";
  return (
    <SectionCard
      id="programs"
      title="Programs"
      count={center.programs.length}
      actions={
        admin &&
        !adding && (
          <Button
            size="xs"
            variant="light"
            leftSection={<Icon name="plus" size={14} />}
            onClick={() => setAdding(true)}
          >
            New program
          </Button>
        )
      }
    >
      <Stack gap="xs">
        {adding && <NewProgramForm center={center} onDone={() => setAdding(false)} />}
        {center.programs.length === 0 && !adding && (
          <Text size="sm" c="dimmed">
            {admin
              ? "No program yet. A program is a cohort, a workshop or a term: it has dates, coaches and seekers."
              : "No program you can see yet."}
          </Text>
        )}
        {center.programs.map((program) => (
          <Paper key={program.id} withBorder radius="md" p="sm">
            <Stack gap={4}>
              <Group justify="space-between" gap="xs">
                <Anchor component={Link} href={`/programs/${program.id}`} fw={600}>
                  {program.name}
                </Anchor>
                <Badge variant="light" color="gray">
                  {program.seekers} seeker{program.seekers === 1 ? "" : "s"}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {formatDate(program.startsOn)} to {formatDate(program.endsOn)}
                {program.coaches.length > 0 &&
                  ` · coached by ${program.coaches.map((c) => c.name || c.email).join(", ")}`}
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </SectionCard>
  );
}
