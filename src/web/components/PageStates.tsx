// The three states every page can be in besides "ready": loading, failed, and empty.
import { Alert, Button, Center, EmptyState, Loader, Skeleton, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { errorMessage } from "../api/client";
import { Icon, type IconName } from "./icons";

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <Center py="xl" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="sm" aria-label={label} />
      </Stack>
    </Center>
  );
}

export function LoadingRows({ rows = 4 }: { rows?: number }) {
  return (
    <Stack gap="xs" aria-busy="true" aria-label="Loading">
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={i} height={44} radius="md" />
      ))}
    </Stack>
  );
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <Alert color="red" title="This could not be loaded" role="alert">
      <Stack gap="xs" align="flex-start">
        <span>{errorMessage(error)}</span>
        {retry && (
          <Button size="xs" variant="light" color="red" onClick={retry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function Empty({
  icon = "sparkle",
  title,
  children,
  action,
}: {
  icon?: IconName;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <EmptyState
      py="xl"
      variant="light"
      icon={<Icon name={icon} size={26} />}
      title={title}
      description={children}
    >
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
