import { Badge, Card, Group, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A titled card: the building block of every overview page. */
export function SectionCard({
  title,
  count,
  description,
  actions,
  children,
  id,
}: {
  title: string;
  count?: number;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb={description ? 2 : "sm"} gap="xs">
        <Group gap="xs" wrap="nowrap">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {count !== undefined && count > 0 && (
            <Badge variant="light" color="gray" size="sm" circle={count < 10}>
              {count}
            </Badge>
          )}
        </Group>
        {actions}
      </Group>
      {description && (
        <Text size="sm" c="dimmed" mb="sm">
          {description}
        </Text>
      )}
      {children}
    </Card>
  );
}
