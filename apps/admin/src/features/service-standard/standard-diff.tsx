import { SERVICE_STANDARD_COMPONENTS } from '@blk/domain';
import { Badge, Paper, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n';
import { type ComponentItems, componentChanges } from './diff';
import { useStandardText } from './text';

export interface Content {
  components: ComponentItems;
  maklumat: string;
  complaintResponseDays: number;
}

/** How a removed (struck through, red) and an added (green) item or text is shown. */
const MARK_STYLE = {
  removed: { textDecoration: 'line-through', background: 'var(--mantine-color-red-0)' },
  added: { background: 'var(--mantine-color-green-0)' },
} as const;

/** One changed part of the standard: its title marked "changed", the old beside the new. */
function ChangedPart({
  testId,
  title,
  before,
  old,
  current,
}: {
  testId: string;
  title: string;
  /** The heading of the old side ("Versi N (berlaku)"). */
  before: string;
  old: ReactNode;
  current: ReactNode;
}) {
  const t = useStandardText();
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Title order={3} size="h5" mb="xs">
        {title}{' '}
        <Badge color="yellow.3" autoContrast variant="filled" size="sm">
          {t('changedBadge')}
        </Badge>
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <div>
          <Text fw={600} size="sm">
            {before}
          </Text>
          {old}
        </div>
        <div>
          <Text fw={600} size="sm">
            {t('after')}
          </Text>
          {current}
        </div>
      </SimpleGrid>
    </Paper>
  );
}

/** A component's items, those `marked` removed or added styled and named for screen readers. */
function ItemList<T extends { text: string }>({
  items,
  marked,
  mark,
}: {
  items: readonly T[];
  marked: (item: T) => boolean | undefined;
  mark: 'removed' | 'added';
}) {
  const t = useStandardText();
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i} style={marked(item) ? MARK_STYLE[mark] : undefined}>
          {marked(item) ? <VisuallyHidden component="span">{t(mark)}: </VisuallyHidden> : null}
          {item.text}
        </li>
      ))}
    </ul>
  );
}

/** Old → new for each component that differs from the version in force (and the Maklumat). */
export function StandardDiff({
  inForce,
  current,
  isInForce = false,
}: {
  inForce: (Content & { versionNo: number }) | null;
  current: Content;
  /** This version is the one in force: there is nothing to compare it with. */
  isInForce?: boolean;
}) {
  const t = useStandardText();
  const { pick } = useI18n();
  if (!inForce) return <Text>{isInForce ? t('thisInForce') : t('noInForce')}</Text>;
  const changes = componentChanges(inForce.components, current.components);
  const maklumatChanged = inForce.maklumat.trim() !== current.maklumat.trim();
  const daysChanged = inForce.complaintResponseDays !== current.complaintResponseDays;
  if (changes.length === 0 && !maklumatChanged && !daysChanged)
    return <Text>{t('noChanges')}</Text>;
  const before = t('before', { no: inForce.versionNo });
  return (
    <Stack>
      <Text size="sm">{t('changedCount', { n: changes.length })}</Text>
      {changes.map((change) => {
        const spec = SERVICE_STANDARD_COMPONENTS[change.no - 1];
        return (
          <ChangedPart
            key={change.key}
            testId={`diff-${change.key}`}
            title={`${change.no}. ${spec ? pick(spec.name) : change.key}`}
            before={before}
            old={<ItemList items={change.before} marked={(item) => item.removed} mark="removed" />}
            current={<ItemList items={change.after} marked={(item) => item.added} mark="added" />}
          />
        );
      })}
      {maklumatChanged ? (
        <ChangedPart
          testId="diff-maklumat"
          title={t('maklumat')}
          before={before}
          old={<Text style={MARK_STYLE.removed}>{inForce.maklumat}</Text>}
          current={<Text style={MARK_STYLE.added}>{current.maklumat}</Text>}
        />
      ) : null}
      {daysChanged ? (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('responseDays')}
          </Title>
          <Text>
            {t('responseDaysValue', { n: inForce.complaintResponseDays })} →{' '}
            {t('responseDaysValue', { n: current.complaintResponseDays })}
          </Text>
        </Paper>
      ) : null}
    </Stack>
  );
}
