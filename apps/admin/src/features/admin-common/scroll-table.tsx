import { Table, type TableProps, type TableThProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column heading: its text, or its text and a width (fixed `w`, at least `miw`). */
type Head = string | ({ text: string } & Pick<TableThProps, 'w' | 'miw'>);

/**
 * A table that scrolls sideways on a narrow screen (a tablet upright): its
 * scrolling area is focusable and named, so keyboard users can scroll it too. It draws one
 * heading per column (`false` leaves one out) above the rows it is given.
 */
export function ScrollTable({
  minWidth,
  label,
  heads,
  children,
  ...table
}: {
  minWidth: number;
  label: string;
  heads: readonly (Head | false)[];
  /** The rows. */
  children: ReactNode;
} & Omit<TableProps, 'children'>) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': label } }}
    >
      <Table {...table}>
        <Table.Thead>
          <Table.Tr>
            {heads
              .filter((head) => head !== false)
              .map((head) => {
                const { text, ...th } = typeof head === 'string' ? { text: head } : head;
                return (
                  <Table.Th key={text} {...th}>
                    {text}
                  </Table.Th>
                );
              })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
