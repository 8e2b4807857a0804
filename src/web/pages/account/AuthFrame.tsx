// The frame of the pages one reaches without a session (sign in, invitation, reset): the name
// of the app, one card with the page's heading (which takes the focus when the page opens, so a
// screen reader starts there), and the links between these pages below it.
import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { useFocusOnMount } from "../transfer/useFocusOnMount";

export function AuthFrame({
  title,
  description,
  children,
  links,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  links?: { href: string; label: string }[];
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main id="main" className="auth-frame">
      <Stack gap="lg" maw={440} mx="auto" px="md" py={{ base: "lg", sm: 64 }}>
        <Group gap={8} wrap="nowrap" justify="center">
          <span className="logo-mark" aria-hidden="true">
            <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
              <rect width="32" height="32" rx="8" fill="currentColor" />
              <path
                d="M9 23 L16 9 L23 23"
                stroke="white"
                strokeWidth="3"
                fill="none"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          </span>
          <Text fw={700} size="xl">
            Inroads
          </Text>
        </Group>
        <Paper withBorder radius="md" p={{ base: "md", sm: "xl" }} shadow="xs">
          <Stack gap="md">
            <Stack gap={6}>
              <Title order={1} size="h3" ref={heading} tabIndex={-1} className="focus-target">
                {title}
              </Title>
              {description && (
                <Text size="sm" c="dimmed">
                  {description}
                </Text>
              )}
            </Stack>
            {children}
          </Stack>
        </Paper>
        {links && links.length > 0 && (
          <Group justify="center" gap="lg">
            {links.map((link) => (
              <Anchor key={link.href} component={Link} href={link.href} size="sm">
                {link.label}
              </Anchor>
            ))}
          </Group>
        )}
      </Stack>
    </main>
  );
}
