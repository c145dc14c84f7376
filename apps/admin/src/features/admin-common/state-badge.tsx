import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import { NO_TRUNCATE } from './badge';
import type { Column } from './list-table';

/** A row's state in a list (a dot and a word, kept whole in a narrow column). */
export function StateBadge({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Badge variant="dot" tt="none" styles={NO_TRUNCATE} color={color}>
      {children}
    </Badge>
  );
}

/** Active (green) or not (grey: deactivated, archived), in the screen's words. */
export function ActiveBadge({ active, children }: { active: boolean; children: ReactNode }) {
  return <StateBadge color={active ? 'green.9' : 'gray.7'}>{children}</StateBadge>;
}

/** A list's column saying whether each record is active, in the screen's two words. */
export function activeColumn<T extends { active: boolean }>(
  head: string,
  active: string,
  inactive: string,
): Column<T> {
  return {
    head,
    cell: (record) => (
      <ActiveBadge active={record.active}>{record.active ? active : inactive}</ActiveBadge>
    ),
  };
}
