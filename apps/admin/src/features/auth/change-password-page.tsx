import { type PasswordChangeInput, passwordChangeSchema } from '@blk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paper, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from 'urql';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import { MutationFailureFragment } from '../admin-common/failure';
import { PageHeader } from '../admin-common/page-header';

const ChangePasswordMutation = graphql(
  `
  mutation Account_ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on StaffUser {
        id
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

type Field = keyof PasswordChangeInput;
const FIELDS: readonly Field[] = ['currentPassword', 'newPassword'];

export default function ChangePasswordPage() {
  const { t, msg, lang } = useI18n();
  const [, change] = useMutation(ChangePasswordMutation);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<PasswordChangeInput>({
    resolver: zodResolver(passwordChangeSchema, { error: localizedError(lang) }),
    defaultValues: { currentPassword: '', newPassword: '' },
  });

  const onSubmit = form.handleSubmit(async (input) => {
    setStatus(null);
    const result = await change({ input });
    const outcome = result.data?.changePassword;
    if (!outcome) {
      setStatus({ ok: false, text: t('error.network') });
      return;
    }
    if (outcome.__typename === 'StaffUser') {
      form.reset();
      setStatus({ ok: true, text: t('password.changed') });
      return;
    }
    if (outcome.__typename === 'ValidationError') {
      for (const issue of outcome.issues) {
        const field = FIELDS.find((f) => issue.path.endsWith(f));
        if (field) form.setError(field, { type: 'server', message: issue.message });
      }
    }
    setStatus({ ok: false, text: outcome.message });
  });

  const { errors, isSubmitting } = form.formState;
  return (
    <Stack maw={480}>
      <PageHeader title={t('password.title')} hint={t('password.hint')} />
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            {status ? (
              <Alert color={status.ok ? 'green' : 'red'} role={status.ok ? 'status' : 'alert'}>
                {status.text}
              </Alert>
            ) : null}
            <PasswordInput
              label={t('password.current')}
              autoComplete="current-password"
              required
              {...form.register('currentPassword')}
              error={errors.currentPassword?.message && msg(errors.currentPassword.message)}
            />
            <PasswordInput
              label={t('password.new')}
              autoComplete="new-password"
              required
              {...form.register('newPassword')}
              error={errors.newPassword?.message && msg(errors.newPassword.message)}
            />
            <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
              {t('password.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
