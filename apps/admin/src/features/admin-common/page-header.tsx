import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The head of a staff screen: its title (the page's only h1), an optional dimmed hint below it,
 * and the screen's main actions (an "add" button, say) on the right.
 */
export function PageHeader({
  title,
  hint,
  children,
}: {
  title: ReactNode;
  hint?: ReactNode;
  /** The actions beside the title. */
  children?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {hint ? (
          <Text c="dimmed" size="sm" maw={720}>
            {hint}
          </Text>
        ) : null}
      </Stack>
      {children}
    </Group>
  );
}
