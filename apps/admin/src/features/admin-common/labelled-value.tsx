import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A fact of a record shown for reading: its small upper-case label above it, `—` when empty. */
export function LabelledValue({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children || '—'}
      </Text>
    </div>
  );
}
