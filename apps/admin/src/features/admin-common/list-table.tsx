import {
  Button,
  type ButtonProps,
  Group,
  Table,
  type TableProps,
  type TableTrProps,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import type { ReactNode } from 'react';

/** A column of a list: its heading and what a record shows in it. */
export interface Column<T> {
  head: string;
  cell: (record: T) => ReactNode;
  /** Keeps a short value (a code, a date) on one line. */
  nowrap?: boolean;
  /** The heading is for screen readers only (a column of buttons). */
  hiddenHead?: boolean;
  /** A column of figures, aligned right. */
  numeric?: boolean;
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/**
 * The table of a list screen (programs, instructors, users, API keys, holidays, outbox, versions):
 * striped, scrolling sideways below `minWidth`, named by `aria-label` or by its `caption`,
 * `aria-busy` while `busy`, a heading per column and a row per record. With `empty`, a list
 * with no record (and nothing loading) says so in one row; `more` is said under the table when
 * the list holds more than it shows.
 */
export function ListTable<T>({
  columns,
  rows,
  rowKey,
  rowProps,
  empty,
  busy,
  more,
  minWidth = 900,
  caption,
  ...props
}: {
  /** The columns, in order (each heading unique within the table); `false` leaves one out. */
  columns: readonly (Column<T> | false)[];
  rows: readonly T[];
  /** The row's React key: the record's id, or its place where records have none. */
  rowKey: (record: T, index: number) => string | number;
  rowProps?: (record: T) => TableTrProps;
  empty?: ReactNode;
  busy?: boolean;
  more?: ReactNode;
  /** Below this width the table scrolls sideways; `null`: it never does (a narrow table). */
  minWidth?: number | null;
  /** A heading above the table (`id` names the table by it). */
  caption?: { id: string; text: string };
} & Omit<TableProps, 'children' | 'aria-busy'>) {
  const shown = columns.filter((column) => column !== false);
  const table = (
    <Table striped aria-busy={busy} aria-labelledby={caption?.id} {...props}>
      {caption ? (
        <caption id={caption.id} style={{ textAlign: 'left', captionSide: 'top' }}>
          <Text size="sm" fw={600}>
            {caption.text}
          </Text>
        </caption>
      ) : null}
      <Table.Thead>
        <Table.Tr>
          {shown.map((column) => (
            <Table.Th key={column.head} ta={column.numeric ? 'right' : undefined}>
              {column.hiddenHead ? <VisuallyHidden>{column.head}</VisuallyHidden> : column.head}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {empty && rows.length === 0 && !busy ? (
          <Table.Tr>
            <Table.Td colSpan={shown.length}>{empty}</Table.Td>
          </Table.Tr>
        ) : null}
        {rows.map((record, index) => (
          <Table.Tr key={rowKey(record, index)} {...rowProps?.(record)}>
            {shown.map((column) => (
              <Table.Td
                key={column.head}
                ta={column.numeric ? 'right' : undefined}
                style={column.nowrap ? NOWRAP : undefined}
              >
                {column.cell(record)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <>
      {minWidth === null ? (
        table
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>
      )}
      {more ? (
        <Text size="sm" c="dimmed">
          {more}
        </Text>
      ) : null}
    </>
  );
}

/** The buttons of a list row, side by side on one line. */
export function RowActions({ children }: { children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap">
      {children}
    </Group>
  );
}

/**
 * A small button of a list row ("Ubah"), named for its record ("Ubah Batik") so that a screen
 * reader, and a test, can tell one row's button from the next.
 */
export function RowButton({
  label,
  name,
  onClick,
  variant = 'light',
  ...props
}: {
  label: string;
  /** The record's name, said after the label. */
  name: string;
  onClick: () => void;
} & Omit<ButtonProps, 'children' | 'size'>) {
  return (
    <Button
      size="xs"
      variant={variant}
      aria-label={`${label} ${name}`}
      onClick={onClick}
      {...props}
    >
      {label}
    </Button>
  );
}
