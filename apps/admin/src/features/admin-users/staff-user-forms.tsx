import { passwordSchema, type StaffUserInput, staffUserSchema } from '@blk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useMutation } from 'urql';
import { z } from 'zod';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import { applyFailure, MutationFailureFragment } from '../admin-common/failure';
import { domainResolver } from '../admin-common/resolver';
import { useAdminText } from '../admin-common/text';
import type { RoleOption, UserRow } from './staff-users-page';

/*
 * The staff-user dialogs' forms, loaded when a dialog opens: zod and react-hook-form stay out of
 * the staff-user list's first load (bench/admin-bundle.mjs).
 */

const CreateStaffUserMutation = graphql(
  `
  mutation Admin_CreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      __typename
      ... on StaffUser {
        id
        name
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const UpdateStaffUserMutation = graphql(
  `
  mutation Admin_UpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {
    updateStaffUser(id: $id, input: $input) {
      __typename
      ... on StaffUser {
        id
        name
        nip
        active
        role {
          key
          name
          nameEn
        }
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const ResetStaffPasswordMutation = graphql(
  `
  mutation Admin_ResetStaffPassword($id: ID!, $password: String!) {
    resetStaffPassword(id: $id, password: $password) {
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

export function CreateUserForm({
  roles,
  onDone,
  onCancel,
}: {
  roles: RoleOption[];
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { lang, msg, t: appText } = useI18n();
  const t = useAdminText();
  const [, create] = useMutation(CreateStaffUserMutation);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.input<typeof staffUserSchema>, unknown, StaffUserInput>({
    resolver: domainResolver(staffUserSchema, lang),
    defaultValues: { name: '', email: '', roleKey: '', password: '', nip: '' },
  });
  const onSubmit = form.handleSubmit(async (input) => {
    setError(null);
    const outcome = (await create({ input })).data?.createStaffUser;
    if (outcome?.__typename === 'StaffUser') return onDone(outcome.name);
    setError(
      outcome
        ? applyFailure(outcome, form, ['name', 'email', 'roleKey', 'password', 'nip'])
        : appText('error.network'),
    );
  });
  const { errors, isSubmitting } = form.formState;
  const err = (m?: string) => (m ? msg(m) : undefined);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <TextInput
          label={t('users.name')}
          required
          data-autofocus
          {...form.register('name')}
          error={err(errors.name?.message)}
        />
        <TextInput
          label={t('users.email')}
          type="email"
          required
          autoComplete="off"
          {...form.register('email')}
          error={err(errors.email?.message)}
        />
        <Controller
          control={form.control}
          name="roleKey"
          render={({ field }) => (
            <Select
              label={t('users.role')}
              required
              data={roles}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              error={err(errors.roleKey?.message)}
            />
          )}
        />
        <TextInput
          label={t('users.nip')}
          description={t('users.nipHint')}
          inputMode="numeric"
          autoComplete="off"
          {...form.register('nip')}
          error={err(errors.nip?.message)}
        />
        <PasswordInput
          label={t('users.password')}
          required
          autoComplete="new-password"
          {...form.register('password')}
          error={err(errors.password?.message)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
            {t('users.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The edit form checks the NIP with the API's rule; blank means "no NIP". */
const editSchema = z.strictObject({
  roleKey: z.string(),
  active: z.boolean(),
  nip: staffUserSchema.shape.nip,
});

export function EditUserForm({
  user,
  roles,
  onDone,
  onCancel,
}: {
  user: UserRow;
  roles: RoleOption[];
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { lang, msg, t: appText } = useI18n();
  const t = useAdminText();
  const [, update] = useMutation(UpdateStaffUserMutation);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.input<typeof editSchema>, unknown, z.output<typeof editSchema>>({
    resolver: domainResolver(editSchema, lang),
    defaultValues: { roleKey: user.role.key, active: user.active, nip: user.nip ?? '' },
  });
  const onSubmit = form.handleSubmit(async (input) => {
    setError(null);
    const outcome = (
      await update({
        id: user.id,
        input: { roleKey: input.roleKey, active: input.active, nip: input.nip ?? null },
      })
    ).data?.updateStaffUser;
    if (outcome?.__typename === 'StaffUser') return onDone(outcome.name);
    setError(
      outcome
        ? applyFailure(outcome, form, ['roleKey', 'active', 'nip'])
        : appText('error.network'),
    );
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Controller
          control={form.control}
          name="roleKey"
          render={({ field }) => (
            <Select
              label={t('users.role')}
              data={roles}
              value={field.value}
              allowDeselect={false}
              onChange={(v) => field.onChange(v ?? field.value)}
              error={errors.roleKey?.message}
            />
          )}
        />
        <TextInput
          label={t('users.nip')}
          description={t('users.nipHint')}
          inputMode="numeric"
          autoComplete="off"
          {...form.register('nip')}
          error={errors.nip?.message ? msg(errors.nip.message) : undefined}
        />
        <Controller
          control={form.control}
          name="active"
          render={({ field }) => (
            <Switch
              label={t('users.active')}
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
              error={errors.active?.message}
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const resetSchema = z.strictObject({ password: passwordSchema });

export function ResetPasswordForm({
  user,
  onDone,
  onCancel,
}: {
  user: UserRow;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { lang, msg, t: appText } = useI18n();
  const t = useAdminText();
  const [, reset] = useMutation(ResetStaffPasswordMutation);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<{ password: string }>({
    resolver: zodResolver(resetSchema, { error: localizedError(lang) }),
    defaultValues: { password: '' },
  });
  const onSubmit = form.handleSubmit(async ({ password }) => {
    setError(null);
    const outcome = (await reset({ id: user.id, password })).data?.resetStaffPassword;
    if (outcome?.__typename === 'StaffUser') return onDone();
    setError(outcome ? applyFailure(outcome, form, ['password']) : appText('error.network'));
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('users.resetHint')}</Text>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <PasswordInput
          label={t('users.tempPassword')}
          required
          data-autofocus
          autoComplete="new-password"
          {...form.register('password')}
          error={errors.password?.message && msg(errors.password.message)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="orange.9" loading={isSubmitting} disabled={isSubmitting}>
            {t('users.reset')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
