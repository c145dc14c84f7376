import { Alert, List, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useDeviceText } from '../auth/device-text';
import { useClassText } from '../participants/text';
import { itemTitle } from './queue-status';
import { deviceSignedOut, useQueueState } from './sync';

/**
 * On the sign-in page of a training device the admin signed out: says so plainly, lists the
 * class changes that were not applied (they stay on the device, held until their owner signs in
 * and sends each again) and what to do. Loaded only on such a device.
 */
export default function RevokedDeviceNotice({
  device,
}: {
  device: { name: string | null; revokedAt: string };
}) {
  const t = useDeviceText();
  const classText = useClassText();
  const { lang } = useI18n();
  const state = useQueueState();
  // Holds whatever still waits (a replay may not have run yet) and drops what was read.
  useEffect(() => {
    void deviceSignedOut(lang);
  }, [lang]);
  const held = state.items.filter(
    (i) => i.state === 'refused' && i.refusal?.code === 'DEVICE_SESSION_REVOKED',
  );
  return (
    <Alert color="red" role="alert" title={t('revokedTitle')} data-testid="device-revoked">
      <Stack gap="xs">
        <Text size="sm">
          {t('revokedWhen', {
            name: device.name ?? '—',
            when: formatDateTime(device.revokedAt, lang),
          })}
        </Text>
        {held.length ? (
          <>
            <Text size="sm" fw={600}>
              {t('revokedHeld', { n: held.length })}
            </Text>
            <List size="sm">
              {held.map((item) => (
                <List.Item key={item.id}>{itemTitle(item, classText)}</List.Item>
              ))}
            </List>
          </>
        ) : state.loaded ? (
          <Text size="sm">{t('revokedNothingHeld')}</Text>
        ) : null}
        <Text size="sm">{t('revokedWhat')}</Text>
      </Stack>
    </Alert>
  );
}
