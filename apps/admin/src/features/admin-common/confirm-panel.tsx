import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n';
import { ErrorAlert } from './status-alert';

/**
 * The body of a "are you sure?" dialog: what the action does (`hint`), its refusal if any, and
 * Cancel beside the confirming button (red by default: removing, revoking), busy while it runs.
 */
export function ConfirmPanel({
  hint,
  error,
  confirmLabel,
  onConfirm,
  onCancel,
  busy,
  danger = true,
  size,
  justify = 'flex-end',
}: {
  hint: ReactNode;
  error?: string | null;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
  /** A red confirming button (removing, revoking); `false` keeps the theme's colour. */
  danger?: boolean;
  size?: string;
  justify?: 'flex-end' | 'flex-start';
}) {
  const { t } = useI18n();
  return (
    <Stack gap={size === 'xs' ? 'xs' : undefined}>
      <Text size="sm">{hint}</Text>
      <ErrorAlert message={error} />
      <Group justify={justify} gap={size === 'xs' ? 'xs' : undefined}>
        <Button variant="default" size={size} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button
          color={danger ? 'red.9' : undefined}
          size={size}
          loading={busy}
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}
