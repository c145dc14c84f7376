import { SERVICE_STANDARD_COMPONENTS } from '@blk/domain';
import { Blockquote, List, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import type { ComponentItems } from './diff';
import { useStandardText } from './text';

export interface PreviewProps {
  versionNo: number;
  effectiveAt?: string | null;
  components: ComponentItems;
  /** Jangka waktu as the public page shows it: computed from the linked SOP, not the stored text. */
  jangkaWaktu: readonly string[];
  maklumat: string;
}

/**
 * The public service-standard page (apps/public/src/pages/standard.tsx) drawn from a version's
 * content: the same headings in the same order. The public page is not imported because it
 * fetches its own data with the public app's client and dictionary.
 */
export function StandardPreview({
  versionNo,
  effectiveAt,
  components,
  jangkaWaktu,
  maklumat,
}: PreviewProps) {
  const t = useStandardText();
  const { lang, pick } = useI18n();
  const published = SERVICE_STANDARD_COMPONENTS.filter((c) => c.published);
  return (
    <Paper withBorder p="lg" component="section" aria-label={t('previewLabel')}>
      <Text size="xs" c="dimmed" mb="sm">
        {t('previewNote')}
      </Text>
      <Stack gap="sm">
        <Title order={2}>{t('previewTitle')}</Title>
        <Text>{t('previewIntro', { no: versionNo })}</Text>
        {effectiveAt ? (
          <Text size="sm" c="dimmed">
            {t('previewEffective')}: {formatDate(effectiveAt, lang)}
          </Text>
        ) : null}
        <List type="ordered" spacing="md" data-testid="preview-components">
          {published.map((c) => (
            <List.Item key={c.key} data-component={c.key}>
              <Title order={3} size="h4">
                {pick(c.name)}
              </Title>
              <List withPadding>
                {(c.key === 'jangka_waktu' ? jangkaWaktu : (components[c.key] ?? [])).map(
                  (item, i) => (
                    <List.Item key={i}>{item}</List.Item>
                  ),
                )}
              </List>
            </List.Item>
          ))}
        </List>
        <section aria-labelledby="preview-maklumat">
          <Title order={3} size="h4" id="preview-maklumat">
            {t('previewMaklumat')}
          </Title>
          <Blockquote mt="xs" p="md">
            {maklumat}
          </Blockquote>
        </section>
      </Stack>
    </Paper>
  );
}
