import { formatNip } from '@blk/domain';
import { Button, Modal, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDateTime } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { ConfirmPanel } from '../admin-common/confirm-panel';
import { MutationFailureFragment } from '../admin-common/failure';
import type { FormExits } from '../admin-common/form-scaffold';
import { ListTable, RowActions, RowButton } from '../admin-common/list-table';
import { PageHeader } from '../admin-common/page-header';
import { ActiveBadge, activeColumn } from '../admin-common/state-badge';
import { ErrorAlert, type Status, StatusAlert } from '../admin-common/status-alert';
import { useAdminText } from '../admin-common/text';

// The dialogs' forms (zod, react-hook-form) load when a dialog opens, not with the list.
const CreateUserForm = lazy(async () => ({
  default: (await import('./staff-user-forms')).CreateUserForm,
}));
const EditUserForm = lazy(async () => ({
  default: (await import('./staff-user-forms')).EditUserForm,
}));
const ResetPasswordForm = lazy(async () => ({
  default: (await import('./staff-user-forms')).ResetPasswordForm,
}));

const StaffUsersQuery = graphql(`
  query Admin_StaffUsers {
    staffUsers(first: 100) {
      edges {
        node {
          id
          name
          email
          nip
          active
          lastLoginAt
          role {
            key
            name
            nameEn
          }
          deviceSessions {
            id
            name
            createdAt
            lastSeenAt
            expiresAt
            revokedAt
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

const UnlockStaffSignInMutation = graphql(
  `
  mutation Admin_UnlockStaffSignIn($id: ID!) {
    unlockStaffSignIn(id: $id) {
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

const RevokeDeviceMutation = graphql(
  `
  mutation Admin_RevokeDeviceSession($id: ID!) {
    revokeDeviceSession(id: $id) {
      __typename
      ... on DeviceSession {
        id
        revokedAt
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

type UserNode = ResultOf<typeof StaffUsersQuery>['staffUsers']['edges'][number]['node'];
type DeviceRow = UserNode['deviceSessions'][number];
/** What the edit and reset forms need of a listed user. */
export type UserRow = Pick<UserNode, 'id' | 'name' | 'nip' | 'active' | 'role'>;
export interface RoleOption {
  value: string;
  label: string;
}

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserRow }
  | { kind: 'reset'; user: UserRow }
  | { kind: 'revoke'; user: UserRow; device: DeviceRow };

/**
 * Each account's training devices (signed in for 21 days): name, since when, last seen, and a
 * revoke that asks once. Revoked ones stay listed, marked, until they would have expired.
 */
function DeviceSessions({
  users,
  onRevoke,
}: {
  users: readonly UserNode[];
  onRevoke: (user: UserRow, device: DeviceRow) => void;
}) {
  const { lang } = useI18n();
  const t = useAdminText();
  const rows = users.flatMap((user) => user.deviceSessions.map((device) => ({ user, device })));
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('devices.title')}
      </Title>
      <Text c="dimmed" size="sm" maw={720}>
        {t('devices.hint')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">{t('devices.none')}</Text>
      ) : (
        <ListTable
          minWidth={860}
          aria-label={t('devices.title')}
          rows={rows}
          rowKey={({ device }) => device.id}
          columns={[
            { head: t('devices.user'), cell: ({ user }) => user.name },
            { head: t('devices.name'), cell: ({ device }) => device.name },
            {
              head: t('devices.created'),
              cell: ({ device }) => formatDateTime(device.createdAt, lang),
            },
            {
              head: t('devices.lastSeen'),
              cell: ({ device }) => formatDateTime(device.lastSeenAt, lang),
            },
            {
              head: t('devices.expires'),
              cell: ({ device }) => formatDateTime(device.expiresAt, lang),
            },
            {
              head: t('devices.status'),
              cell: ({ device }) => (
                <ActiveBadge active={!device.revokedAt}>
                  {device.revokedAt
                    ? t('devices.revoked', { when: formatDateTime(device.revokedAt, lang) })
                    : t('devices.active')}
                </ActiveBadge>
              ),
            },
            {
              head: t('common.actions'),
              cell: ({ user, device }) =>
                device.revokedAt ? null : (
                  <RowButton
                    variant="outline"
                    color="red.9"
                    label={t('devices.revoke')}
                    name={device.name}
                    onClick={() => onRevoke(user, device)}
                  />
                ),
            },
          ]}
        />
      )}
    </Stack>
  );
}

/** The one confirmation before a device is signed out. */
function RevokeDevice({
  user,
  device,
  onDone,
  onCancel,
}: {
  user: UserRow;
  device: DeviceRow;
} & FormExits) {
  const { t: appText } = useI18n();
  const t = useAdminText();
  const [state, revoke] = useMutation(RevokeDeviceMutation);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    const res = await revoke({ id: device.id });
    const outcome = res.data?.revokeDeviceSession;
    if (outcome?.__typename === 'DeviceSession') return onDone();
    setError(
      (outcome && 'message' in outcome ? outcome.message : null) ??
        res.error?.graphQLErrors[0]?.message ??
        appText('error.network'),
    );
  };
  return (
    <ConfirmPanel
      hint={t('devices.revokeConfirm', { user: user.name })}
      error={error}
      confirmLabel={t('devices.revoke')}
      busy={state.fetching}
      onCancel={onCancel}
      onConfirm={() => void confirm()}
    />
  );
}

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
      <PageHeader title={t('users.title')} hint={t('users.hint')}>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('users.add')}</Button>
      </PageHeader>
      <StatusAlert status={status} onClose={() => setStatus(null)} />
      <ErrorAlert message={result.error?.message} />
      <ListTable
        minWidth={860}
        aria-label={t('users.title')}
        busy={result.fetching}
        rows={users}
        rowKey={(user) => user.id}
        columns={[
          { head: t('users.name'), cell: (user) => user.name },
          { head: t('users.email'), cell: (user) => user.email },
          { head: t('users.role'), cell: (user) => roleName(user.role) },
          { head: t('users.nip'), cell: (user) => (user.nip ? formatNip(user.nip) : '-') },
          activeColumn(t('users.active'), t('users.active'), t('users.inactive')),
          {
            head: t('users.lastLogin'),
            cell: (user) =>
              user.lastLoginAt ? formatDateTime(user.lastLoginAt, lang) : t('common.never'),
          },
          {
            head: t('common.actions'),
            cell: (user) => (
              <RowActions>
                <RowButton
                  label={t('common.edit')}
                  name={user.name}
                  onClick={() => setDialog({ kind: 'edit', user })}
                />
                <RowButton
                  variant="default"
                  label={t('users.reset')}
                  name={user.name}
                  onClick={() => setDialog({ kind: 'reset', user })}
                />
                <RowButton
                  variant="default"
                  label={t('users.unlock')}
                  name={user.name}
                  loading={unlocking.fetching && unlocking.operation?.variables.id === user.id}
                  onClick={() => void unlockUser(user)}
                />
              </RowActions>
            ),
          },
        ]}
      />
      <DeviceSessions
        users={users}
        onRevoke={(user, device) => setDialog({ kind: 'revoke', user, device })}
      />
      <Modal
        opened={dialog !== null}
        onClose={close}
        title={
          dialog?.kind === 'edit'
            ? t('users.editTitle', { name: dialog.user.name })
            : dialog?.kind === 'reset'
              ? t('users.resetTitle', { name: dialog.user.name })
              : dialog?.kind === 'revoke'
                ? t('devices.revokeTitle', { name: dialog.device.name })
                : t('users.add')
        }
      >
        <Suspense fallback={<PageLoader />}>
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
        </Suspense>
        {dialog?.kind === 'revoke' ? (
          <RevokeDevice
            user={dialog.user}
            device={dialog.device}
            onCancel={close}
            onDone={() => done(t('devices.revokeDone', { name: dialog.device.name }))}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
