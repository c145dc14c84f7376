import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useI18n } from '../lib/i18n';

/**
 * What a screen shows while its code or its data loads: the shape of a page (a title, a line of
 * text, a few rows) instead of a blank area or a lone spinner, so the reader sees where the
 * content will be. Screen readers read "Memuat…".
 */
export function PageLoader() {
  const { t } = useI18n();
  return (
    <Stack gap="sm" p="md" aria-busy="true">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      <Skeleton height={28} width="40%" radius="sm" />
      <Skeleton height={14} width="70%" radius="sm" />
      <Skeleton height={36} mt="md" radius="sm" />
      {[0, 1, 2, 3, 4].map((row) => (
        <Skeleton key={row} height={24} radius="sm" />
      ))}
    </Stack>
  );
}
