import { Table, UnstyledButton } from '@mantine/core';
import { flexRender, type Table as TableModel } from '@tanstack/react-table';

/**
 * A TanStack table as a named Mantine table: a sortable column's header is a button with an
 * arrow, and says its order to assistive technology (`aria-sort`).
 */
export function SortableTable<T>({
  table,
  label,
  busy,
}: {
  table: TableModel<T>;
  label: string;
  busy: boolean;
}) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover aria-label={label} aria-busy={busy}>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <Table.Th
                    key={header.id}
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                    }
                  >
                    {header.column.getCanSort() ? (
                      <UnstyledButton
                        fw={700}
                        fz="sm"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {label}{' '}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </UnstyledButton>
                    ) : (
                      label
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <Table.Td key={cell.id}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
