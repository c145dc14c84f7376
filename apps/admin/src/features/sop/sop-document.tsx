import type { ActivityRow, IdentityRow } from '@blk/sop';
import { Card, List, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n';

/**
 * Pieces of the SOP document (PermenPAN-RB 35/2012) shared by the SOP in force (`/sop`) and the
 * version editor (`/sop/versi/:id`): the activity table with mutu baku, the identity block and
 * the flowchart. They render `SopDocument` data (`@blk/sop` renderSopDocument), whether the
 * server rendered it or the editor did.
 */

/** A titled card section labelled by its heading. */
export function SopSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** The flow table: one row per activity with pelaksana and mutu baku. */
export function SopActivityTable({
  activities,
  labelledBy,
}: {
  activities: readonly ActivityRow[];
  labelledBy: string;
}) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>No</Table.Th>
            <Table.Th>{t('sop.activity')}</Table.Th>
            <Table.Th>{t('step.role')}</Table.Th>
            <Table.Th>{t('step.inputs')}</Table.Th>
            <Table.Th>{t('step.time')}</Table.Th>
            <Table.Th>{t('step.output')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((a) => (
            <Table.Tr key={a.no}>
              <Table.Td>{a.no}</Table.Td>
              <Table.Td>{a.description}</Table.Td>
              <Table.Td>{a.roleLabel}</Table.Td>
              <Table.Td>
                <List size="xs">
                  {a.kelengkapan.map((k) => (
                    <List.Item key={k}>{k}</List.Item>
                  ))}
                </List>
              </Table.Td>
              <Table.Td>{a.waktu}</Table.Td>
              <Table.Td>{a.output}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The identity block (nomor, tanggal, dasar hukum, kualifikasi, ...) as a two-column table. */
export function SopIdentityTable({
  identity,
  labelledBy,
}: {
  identity: readonly IdentityRow[];
  labelledBy: string;
}) {
  const { pick } = useI18n();
  return (
    <Table withTableBorder aria-labelledby={labelledBy}>
      <Table.Tbody>
        {identity.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" w="30%">
              {pick(row.label)}
            </Table.Th>
            <Table.Td>
              {typeof row.value === 'string' ? (
                row.value
              ) : (
                <List size="sm">
                  {row.value.map((v) => (
                    <List.Item key={v}>{v}</List.Item>
                  ))}
                </List>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The swimlane flowchart (SVG from `renderSopFlowchart`), scaled to its card. */
export function SopFlowchart({ svg, name }: { svg: string; name: string }) {
  const { t } = useI18n();
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  // Scaled to the card so no scroll region is needed; the PDF has it full size.
  return (
    <img
      src={src}
      alt={t('sop.flowchartAlt', { name })}
      style={{ maxWidth: '100%', height: 'auto' }}
    />
  );
}
