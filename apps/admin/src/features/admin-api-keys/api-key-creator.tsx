import {
  API_KEY_MODE_LABELS,
  API_KEY_MODES,
  API_KEY_SCOPES,
  type ApiKeyCreateInput,
  apiKeyCreateSchema,
} from '@blk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
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
import { Controller, useForm } from 'react-hook-form';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import { applyFailure, type MutationFailure } from '../admin-common/failure';
import { useAdminText } from '../admin-common/text';

/** What creating a key gave: the one-time secret, or the server's refusal. */
export type CreateKeyOutcome =
  | { ok: true; key: string; name: string }
  | { ok: false; failure: MutationFailure | null };

interface Props {
  create: (input: ApiKeyCreateInput) => Promise<CreateKeyOutcome>;
}

const FIELDS = ['name', 'scopes', 'mode'] as const;

/**
 * The "create API key" button, its form, and the dialog that shows the new key ONCE: the secret
 * lives only in this component's state and is dropped when the dialog closes.
 */
export function ApiKeyCreator({ create }: Props) {
  const { lang, msg, t: appText } = useI18n();
  const t = useAdminText();
  const [formOpen, setFormOpen] = useState(false);
  const [secret, setSecret] = useState<{ key: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ApiKeyCreateInput>({
    resolver: zodResolver(apiKeyCreateSchema, { error: localizedError(lang) }),
    defaultValues: { name: '', scopes: [], mode: 'live' },
  });

  const onSubmit = form.handleSubmit(async (input) => {
    setError(null);
    const outcome = await create(input);
    if (outcome.ok) {
      form.reset();
      setFormOpen(false);
      setSecret({ key: outcome.key, name: outcome.name });
      return;
    }
    setError(
      outcome.failure ? applyFailure(outcome.failure, form, FIELDS) : appText('error.network'),
    );
  });

  const { errors, isSubmitting } = form.formState;
  return (
    <>
      <Button onClick={() => setFormOpen(true)}>{t('keys.add')}</Button>
      <Modal
        opened={formOpen}
        onClose={() => setFormOpen(false)}
        title={t('keys.add')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            {error ? (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            ) : null}
            <TextInput
              label={t('keys.name')}
              required
              data-autofocus
              {...form.register('name')}
              error={errors.name?.message && msg(errors.name.message)}
            />
            <Controller
              control={form.control}
              name="scopes"
              render={({ field }) => (
                <Checkbox.Group
                  label={t('keys.scopes')}
                  withAsterisk
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.scopes?.message && msg(errors.scopes.message)}
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
              render={({ field }) => (
                <Radio.Group
                  label={t('keys.mode')}
                  withAsterisk
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.mode?.message && msg(errors.mode.message)}
                >
                  <Group mt="xs">
                    {API_KEY_MODES.map((mode) => (
                      <Radio key={mode} value={mode} label={API_KEY_MODE_LABELS[mode][lang]} />
                    ))}
                  </Group>
                </Radio.Group>
              )}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setFormOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
                {t('keys.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <Modal
        opened={secret !== null}
        onClose={() => setSecret(null)}
        title={t('keys.createdTitle')}
        closeOnClickOutside={false}
        closeButtonProps={{ 'aria-label': t('common.close') }}
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
