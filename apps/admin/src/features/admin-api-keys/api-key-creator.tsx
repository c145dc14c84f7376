import {
  API_KEY_MODE_LABELS,
  API_KEY_MODES,
  API_KEY_SCOPES,
  type ApiKeyCreateInput,
  apiKeyCreateSchema,
} from '@blk/domain';
import {
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useI18n } from '../../lib/i18n';
import type { MutationFailure } from '../admin-common/failure';
import { FormScaffold, useScaffoldForm } from '../admin-common/form-scaffold';
import { useAdminText } from '../admin-common/text';

/** What creating a key gave: the one-time secret, or the server's refusal. */
export type CreateKeyOutcome =
  | { ok: true; key: string; name: string }
  | { ok: false; failure: MutationFailure | null };

interface Props {
  create: (input: ApiKeyCreateInput) => Promise<CreateKeyOutcome>;
}

/**
 * The "create API key" button, its form, and the dialog that shows the new key ONCE: the secret
 * lives only in this component's state and is dropped when the dialog closes.
 */
export function ApiKeyCreator({ create }: Props) {
  const { lang } = useI18n();
  const t = useAdminText();
  const [formOpen, setFormOpen] = useState(false);
  const [secret, setSecret] = useState<{ key: string; name: string } | null>(null);
  const scaffold = useScaffoldForm({
    schema: apiKeyCreateSchema,
    defaultValues: { name: '', scopes: [], mode: 'live' },
    send: async (input, refuse) => {
      const outcome = await create(input);
      if (!outcome.ok) return refuse(outcome.failure);
      scaffold.form.reset();
      setFormOpen(false);
      setSecret({ key: outcome.key, name: outcome.name });
    },
  });
  const { form, err } = scaffold;
  return (
    <>
      <Button onClick={() => setFormOpen(true)}>{t('keys.add')}</Button>
      <Modal opened={formOpen} onClose={() => setFormOpen(false)} title={t('keys.add')}>
        <FormScaffold
          scaffold={scaffold}
          submitLabel={t('keys.add')}
          onCancel={() => setFormOpen(false)}
        >
          <TextInput label={t('keys.name')} required data-autofocus {...scaffold.bind('name')} />
          <Controller
            control={form.control}
            name="scopes"
            render={({ field, fieldState }) => (
              <Checkbox.Group
                label={t('keys.scopes')}
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                error={err(fieldState.error?.message)}
              >
                <Stack gap="xs" mt="xs">
                  {API_KEY_SCOPES.map((scope) => (
                    <Checkbox key={scope} value={scope} label={scope} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
          <Controller
            control={form.control}
            name="mode"
            render={({ field, fieldState }) => (
              <Radio.Group
                label={t('keys.mode')}
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                error={err(fieldState.error?.message)}
              >
                <Group mt="xs">
                  {API_KEY_MODES.map((mode) => (
                    <Radio key={mode} value={mode} label={API_KEY_MODE_LABELS[mode][lang]} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
        </FormScaffold>
      </Modal>
      <Modal
        opened={secret !== null}
        onClose={() => setSecret(null)}
        title={t('keys.createdTitle')}
        closeOnClickOutside={false}
        size="lg"
      >
        {secret ? (
          <Stack>
            <Text fw={700}>{secret.name}</Text>
            <Alert color="orange.9" role="alert" variant="outline">
              {t('keys.createdWarning')}
            </Alert>
            <Text size="sm" fw={600} id="new-api-key-label">
              {t('keys.secret')}
            </Text>
            <Code block aria-labelledby="new-api-key-label" data-testid="new-api-key">
              {secret.key}
            </Code>
            <Text size="sm" c="dimmed">
              {t('keys.createdUsage')}
            </Text>
            <Group justify="space-between">
              <CopyButton value={secret.key}>
                {({ copied, copy }) => (
                  <Button color="teal.9" onClick={copy}>
                    {copied ? t('keys.copied') : t('keys.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button variant="default" onClick={() => setSecret(null)}>
                {t('keys.done')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
