import {
  type IdentityRow,
  identityPanels,
  type LaidCell,
  type LaidPage,
  type LaidText,
  layoutSopTable,
  type Point,
  type SopDocument,
  type SopTableLayout,
  TABLE_TITLES,
} from '@blk/sop';
import { Card, List, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useI18n } from '../../lib/i18n';

/**
 * Pieces of the SOP document (PermenPAN-RB 35/2012) shared by the SOP in force (`/sop`) and the
 * version editor (`/sop/versi/:id`): the activity table with mutu baku, the identity block and
 * the flowchart. They render `SopDocument` data (`@blk/sop` renderSopDocument), whether the
 * server rendered it or the editor did.
 */

const FONT = 'Helvetica, Arial, "Liberation Sans", sans-serif';

function SvgText({ t }: { t: LaidText }) {
  return (
    <text
      x={t.x}
      y={t.y}
      fontSize={t.size}
      fontWeight={t.weight === 'bold' ? 700 : 400}
      textAnchor={t.anchor}
    >
      {t.text}
    </text>
  );
}

const pointsAttr = (points: readonly Point[]) => points.map((p) => p.join(',')).join(' ');

/** One page of the flow table, drawn from the layout the PDF uses (`layoutSopTable`). */
function FlowTablePage({
  page,
  layout,
  label,
}: {
  page: LaidPage;
  layout: SopTableLayout;
  label: string;
}) {
  const g = layout.geometry;
  const cellText = (c: LaidCell) => c.label ?? c.lines.map((t) => t.text).join(' ');
  return (
    <div data-page={page.no}>
      <svg
        viewBox={`0 0 ${g.width} ${g.height}`}
        style={{ width: '100%', height: 'auto', background: '#fff', border: '1px solid #ccc' }}
        fontFamily={FONT}
        aria-hidden="true"
        focusable="false"
      >
        {page.heading.map((t) => (
          <SvgText key={t.text} t={t} />
        ))}
        {page.grid.map((l) => (
          <line
            key={`${l.from.join(',')}-${l.to.join(',')}`}
            x1={l.from[0]}
            y1={l.from[1]}
            x2={l.to[0]}
            y2={l.to[1]}
            stroke="#000"
            strokeWidth={0.5}
          />
        ))}
        {[...page.header, ...page.rows.flatMap((r) => r.cells)].flatMap((c) =>
          c.lines.map((t) => <SvgText key={`${t.x},${t.y},${t.text}`} t={t} />),
        )}
        {page.arrows.map((a) => (
          <g
            key={`${a.fromNo}-${a.toNo}-${pointsAttr(a.points)}`}
            data-arrow={`${a.fromNo}-${a.toNo}`}
          >
            <polyline
              points={pointsAttr(a.points)}
              fill="none"
              stroke="#000"
              strokeWidth={0.8}
              strokeDasharray={a.dashed ? '2 1.5' : undefined}
            />
            <polygon points={pointsAttr(a.head)} fill="#000" />
            {a.label ? <SvgText t={a.label} /> : null}
          </g>
        ))}
        {page.symbols.map((s) =>
          s.kind === 'decision' ? (
            <polygon
              key={s.stepKey}
              data-symbol={s.kind}
              data-step={s.stepKey}
              points={pointsAttr(s.points)}
              fill="#fff"
              stroke="#000"
            />
          ) : (
            <rect
              key={s.stepKey}
              data-symbol={s.kind}
              data-step={s.stepKey}
              x={s.x}
              y={s.y}
              width={s.w}
              height={s.h}
              rx={s.radius}
              fill="#fff"
              stroke="#000"
            />
          ),
        )}
        {page.connectors.map((c) => (
          <g key={`${c.direction}-${c.toNo}`} data-connector={c.no}>
            <polygon points={pointsAttr(c.points)} fill="#fff" stroke="#000" />
            <SvgText t={c.label} />
          </g>
        ))}
      </svg>
      {/* The same rows and cells for screen readers (the drawing above is hidden from them). */}
      <VisuallyHidden>
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              {COLUMN_KEYS.map((k) => (
                <th key={k} scope="col">
                  {TABLE_TITLES[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.stepKey} data-step={r.stepKey}>
                {r.cells.map((c) => (
                  <td key={c.column}>{cellText(c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </div>
  );
}

const COLUMN_KEYS = [
  'no',
  'kegiatan',
  'pelaksana',
  'kelengkapan',
  'waktu',
  'output',
  'keterangan',
] as const;

/**
 * The flow table of PermenPAN-RB 35/2012 with the flowchart inside it: one row per activity,
 * the step's symbol in its pelaksana's column, the mutu baku columns and keterangan. It is drawn
 * from `layoutSopTable`, the same layout as the PDF, so the page on screen and the printed page
 * match line for line (connectors mark where the table continues on the next page).
 */
export function SopFlowTable({
  document,
  labelledBy,
}: {
  document: SopDocument;
  labelledBy: string;
}) {
  const { t } = useI18n();
  const layout = useMemo(() => layoutSopTable(document), [document]);
  return (
    <Stack gap="sm" aria-labelledby={labelledBy} role="group">
      {layout.pages.map((page) => (
        <FlowTablePage
          key={page.no}
          page={page}
          layout={layout}
          label={t('sop.tablePage', { no: page.no, of: layout.pages.length })}
        />
      ))}
    </Stack>
  );
}

function IdentityValue({ row }: { row: IdentityRow }) {
  if (typeof row.value === 'string') return <>{row.value}</>;
  if (row.key === 'approvedBy')
    return (
      <>
        {row.value.map((v) => (
          <Text key={v} size="sm">
            {v}
          </Text>
        ))}
      </>
    );
  return (
    <List size="sm" type="ordered">
      {row.value.map((v) => (
        <List.Item key={v}>{v}</List.Item>
      ))}
    </List>
  );
}

/**
 * The identity block in the regulation's two-panel layout: the organisation on the left; number,
 * dates, revision, approval (name, NIP, date) and name on the right; then legal basis |
 * qualifications, related SOPs | equipment, warnings | records.
 */
export function SopIdentityTable({
  identity,
  labelledBy,
}: {
  identity: readonly IdentityRow[];
  labelledBy: string;
}) {
  const { pick } = useI18n();
  const panels = identityPanels({ identity });
  return (
    <Stack gap="sm" role="group" aria-labelledby={labelledBy}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing={0}>
        <Card withBorder radius={0} style={{ display: 'grid', placeItems: 'center' }}>
          {panels.organisation.map((line) => (
            <Text key={line} fw={700} ta="center">
              {line}
            </Text>
          ))}
        </Card>
        <Table withTableBorder>
          <Table.Tbody>
            {panels.panel.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" w="35%">
                  {pick(row.label)}
                </Table.Th>
                <Table.Td>
                  <IdentityValue row={row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
      <Table withTableBorder withColumnBorders>
        <Table.Tbody>
          {panels.pairs.map((pair) => (
            <Table.Tr key={pair[0].key} style={{ verticalAlign: 'top' }}>
              {pair.map((row) => (
                <Table.Td key={row.key} w="50%">
                  <Text fw={700} size="sm">
                    {pick(row.label)}:
                  </Text>
                  <IdentityValue row={row} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The swimlane flowchart (SVG from `renderSopFlowchart`), scaled to its card. */
export function SopFlowchart({ svg, name }: { svg: string; name: string }) {
  const { t } = useI18n();
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  // Scaled to the card so no scroll region is needed. The PDF draws the flow inside its
  // activity table instead (see SopFlowTable), the way the regulation lays it out.
  return (
    <img
      src={src}
      alt={t('sop.flowchartAlt', { name })}
      style={{ maxWidth: '100%', height: 'auto' }}
    />
  );
}
