import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** The title block at the top of every page, with the page's main actions beside it. */
export function PageHeader({
  title,
  description,
  actions,
  eyebrow,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  eyebrow?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" mb="lg" gap="sm" className="page-header">
      <Stack gap={4} style={{ minWidth: 0, flex: "1 1 280px" }}>
        {eyebrow}
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && (
        <Group gap="xs" className="no-print">
          {actions}
        </Group>
      )}
    </Group>
  );
}
