import { SERVICE_STANDARD_COMPONENTS } from '@blk/domain';
import { Badge, Paper, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useI18n } from '../../lib/i18n';
import { type ComponentItems, componentChanges } from './diff';
import { useStandardText } from './text';

export interface Content {
  components: ComponentItems;
  maklumat: string;
  complaintResponseDays: number;
}

const removedStyle = { textDecoration: 'line-through', background: 'var(--mantine-color-red-0)' };
const addedStyle = { background: 'var(--mantine-color-green-0)' };

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
          <Paper key={change.key} withBorder p="md" data-testid={`diff-${change.key}`}>
            <Title order={3} size="h5" mb="xs">
              {change.no}. {spec ? pick(spec.name) : change.key}{' '}
              <Badge color="yellow.3" autoContrast variant="filled" size="sm">
                {t('changedBadge')}
              </Badge>
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <div>
                <Text fw={600} size="sm">
                  {before}
                </Text>
                <ul>
                  {change.before.map((item, i) => (
                    <li key={i} style={item.removed ? removedStyle : undefined}>
                      {item.removed ? (
                        <VisuallyHidden component="span">{t('removed')}: </VisuallyHidden>
                      ) : null}
                      {item.text}
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <Text fw={600} size="sm">
                  {t('after')}
                </Text>
                <ul>
                  {change.after.map((item, i) => (
                    <li key={i} style={item.added ? addedStyle : undefined}>
                      {item.added ? (
                        <VisuallyHidden component="span">{t('added')}: </VisuallyHidden>
                      ) : null}
                      {item.text}
                    </li>
                  ))}
                </ul>
              </div>
            </SimpleGrid>
          </Paper>
        );
      })}
      {maklumatChanged ? (
        <Paper withBorder p="md" data-testid="diff-maklumat">
          <Title order={3} size="h5" mb="xs">
            {t('maklumat')}{' '}
            <Badge color="yellow.3" autoContrast variant="filled" size="sm">
              {t('changedBadge')}
            </Badge>
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <div>
              <Text fw={600} size="sm">
                {before}
              </Text>
              <Text style={removedStyle}>{inForce.maklumat}</Text>
            </div>
            <div>
              <Text fw={600} size="sm">
                {t('after')}
              </Text>
              <Text style={addedStyle}>{current.maklumat}</Text>
            </div>
          </SimpleGrid>
        </Paper>
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
