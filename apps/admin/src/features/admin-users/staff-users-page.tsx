import { passwordSchema, type StaffUserInput, staffUserSchema } from '@blk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { formatDateTime } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import { NO_TRUNCATE } from '../admin-common/badge';
import { applyFailure } from '../admin-common/failure';
import { useAdminText } from '../admin-common/text';

const StaffUsersQuery = graphql(`
  query Admin_StaffUsers {
    staffUsers(first: 100) {
      edges {
        node {
          id
          name
          email
          active
          lastLoginAt
          role {
            key
            name
            nameEn
          }
        }
      }
    }
    roles {
      key
      name
      nameEn
    }
  }
`);

const CreateStaffUserMutation = graphql(`
  mutation Admin_CreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      __typename
      ... on StaffUser {
        id
        name
      }
      ... on OperationError {
        message
      }
      ... on TransitionRefusedError {
        message
      }
      ... on ValidationError {
        message
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const UpdateStaffUserMutation = graphql(`
  mutation Admin_UpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {
    updateStaffUser(id: $id, input: $input) {
      __typename
      ... on StaffUser {
        id
        name
        active
        role {
          key
          name
          nameEn
        }
      }
      ... on OperationError {
        message
      }
      ... on TransitionRefusedError {
        message
      }
      ... on ValidationError {
        message
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const ResetStaffPasswordMutation = graphql(`
  mutation Admin_ResetStaffPassword($id: ID!, $password: String!) {
    resetStaffPassword(id: $id, password: $password) {
      __typename
      ... on StaffUser {
        id
      }
      ... on OperationError {
        message
      }
      ... on TransitionRefusedError {
        message
      }
      ... on ValidationError {
        message
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const UnlockStaffSignInMutation = graphql(`
  mutation Admin_UnlockStaffSignIn($id: ID!) {
    unlockStaffSignIn(id: $id) {
      __typename
      ... on StaffUser {
        id
      }
      ... on Error {
        message
      }
    }
  }
`);

interface UserRow {
  id: string;
  name: string;
  active: boolean;
  role: { key: string };
}
type Status = { ok: boolean; text: string } | null;
interface RoleOption {
  value: string;
  label: string;
}

function StatusAlert({ status, onClose }: { status: Status; onClose?: () => void }) {
  const t = useAdminText();
  if (!status) return null;
  return (
    <Alert
      color={status.ok ? 'green' : 'red'}
      role={status.ok ? 'status' : 'alert'}
      withCloseButton={Boolean(onClose)}
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      {status.text}
    </Alert>
  );
}

function CreateUserForm({
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
  const form = useForm<StaffUserInput>({
    resolver: zodResolver(staffUserSchema, { error: localizedError(lang) }),
    defaultValues: { name: '', email: '', roleKey: '', password: '' },
  });
  const onSubmit = form.handleSubmit(async (input) => {
    setError(null);
    const outcome = (await create({ input })).data?.createStaffUser;
    if (outcome?.__typename === 'StaffUser') return onDone(outcome.name);
    setError(
      outcome
        ? applyFailure(outcome, form, ['name', 'email', 'roleKey', 'password'])
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

interface EditValues {
  roleKey: string;
  active: boolean;
}

function EditUserForm({
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
  const { t: appText } = useI18n();
  const t = useAdminText();
  const [, update] = useMutation(UpdateStaffUserMutation);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<EditValues>({
    defaultValues: { roleKey: user.role.key, active: user.active },
  });
  const onSubmit = form.handleSubmit(async (input) => {
    setError(null);
    const outcome = (await update({ id: user.id, input })).data?.updateStaffUser;
    if (outcome?.__typename === 'StaffUser') return onDone(outcome.name);
    setError(
      outcome ? applyFailure(outcome, form, ['roleKey', 'active']) : appText('error.network'),
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

function ResetPasswordForm({
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

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserRow }
  | { kind: 'reset'; user: UserRow };

export default function StaffUsersPage() {
  const { lang } = useI18n();
  const t = useAdminText();
  const [result, refetch] = useQuery({ query: StaffUsersQuery });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [unlocking, unlock] = useMutation(UnlockStaffSignInMutation);
  const unlockUser = async (user: UserRow) => {
    const res = await unlock({ id: user.id });
    const outcome = res.data?.unlockStaffSignIn;
    setStatus(
      outcome?.__typename === 'StaffUser'
        ? { ok: true, text: t('users.unlockDone', { name: user.name }) }
        : {
            ok: false,
            text:
              (outcome && 'message' in outcome ? outcome.message : null) ??
              res.error?.message ??
              '',
          },
    );
  };
  const close = () => setDialog(null);
  const done = (text: string) => {
    setDialog(null);
    setStatus({ ok: true, text });
    refetch({ requestPolicy: 'network-only' });
  };

  const roleName = (r: { name: string; nameEn?: string | null }) =>
    lang === 'en' && r.nameEn ? r.nameEn : r.name;
  const roles: RoleOption[] = (result.data?.roles ?? []).map((r) => ({
    value: r.key,
    label: roleName(r),
  }));
  const users = result.data?.staffUsers.edges.map((e) => e.node) ?? [];

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('users.title')}
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('users.hint')}
          </Text>
        </Stack>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('users.add')}</Button>
      </Group>
      <StatusAlert status={status} onClose={() => setStatus(null)} />
      {result.error ? (
        <Alert color="red" role="alert">
          {result.error.message}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={860}>
        <Table striped aria-label={t('users.title')} aria-busy={result.fetching}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.name')}</Table.Th>
              <Table.Th>{t('users.email')}</Table.Th>
              <Table.Th>{t('users.role')}</Table.Th>
              <Table.Th>{t('users.active')}</Table.Th>
              <Table.Th>{t('users.lastLogin')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.name}</Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{roleName(user.role)}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="dot"
                    tt="none"
                    styles={NO_TRUNCATE}
                    color={user.active ? 'green.9' : 'gray.7'}
                  >
                    {user.active ? t('users.active') : t('users.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {user.lastLoginAt ? formatDateTime(user.lastLoginAt, lang) : t('common.never')}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={`${t('common.edit')} ${user.name}`}
                      onClick={() => setDialog({ kind: 'edit', user })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`${t('users.reset')} ${user.name}`}
                      onClick={() => setDialog({ kind: 'reset', user })}
                    >
                      {t('users.reset')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`${t('users.unlock')} ${user.name}`}
                      loading={unlocking.fetching && unlocking.operation?.variables.id === user.id}
                      onClick={() => void unlockUser(user)}
                    >
                      {t('users.unlock')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={dialog !== null}
        onClose={close}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={
          dialog?.kind === 'edit'
            ? t('users.editTitle', { name: dialog.user.name })
            : dialog?.kind === 'reset'
              ? t('users.resetTitle', { name: dialog.user.name })
              : t('users.add')
        }
      >
        {dialog?.kind === 'create' ? (
          <CreateUserForm
            roles={roles}
            onCancel={close}
            onDone={(name) => done(t('users.created', { name }))}
          />
        ) : null}
        {dialog?.kind === 'edit' ? (
          <EditUserForm
            user={dialog.user}
            roles={roles}
            onCancel={close}
            onDone={(name) => done(t('users.updated', { name }))}
          />
        ) : null}
        {dialog?.kind === 'reset' ? (
          <ResetPasswordForm
            user={dialog.user}
            onCancel={close}
            onDone={() => done(t('users.resetDone', { name: dialog.user.name }))}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
