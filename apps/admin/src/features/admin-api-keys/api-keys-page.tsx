import type { ApiKeyCreateInput } from '@blk/domain';
import { API_KEY_MODE_LABELS } from '@blk/domain';
import { Badge, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { ConfirmPanel } from '../admin-common/confirm-panel';
import { MutationFailureFragment } from '../admin-common/failure';
import { ListTable, RowButton } from '../admin-common/list-table';
import { PageHeader } from '../admin-common/page-header';
import { StateBadge } from '../admin-common/state-badge';
import {
  ErrorAlert,
  type Status,
  StatusAlert,
  useOutcomeStatus,
} from '../admin-common/status-alert';
import { useAdminText } from '../admin-common/text';
import { ApiKeyCreator, type CreateKeyOutcome } from './api-key-creator';

const ApiKeysQuery = graphql(`
  query Admin_ApiKeys($includeRevoked: Boolean) {
    apiKeys(first: 100, includeRevoked: $includeRevoked) {
      edges {
        node {
          id
          name
          prefix
          scopes
          mode
          createdAt
          lastUsedAt
          revokedAt
        }
      }
    }
  }
`);

const CreateApiKeyMutation = graphql(
  `
  mutation Admin_CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeySuccess {
        key
        apiKey {
          id
          name
        }
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const RevokeApiKeyMutation = graphql(
  `
  mutation Admin_RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      __typename
      ... on ApiKey {
        id
        revokedAt
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

interface Target {
  id: string;
  name: string;
}

export default function ApiKeysPage() {
  const { lang } = useI18n();
  const t = useAdminText();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [result, refetch] = useQuery({ query: ApiKeysQuery, variables: { includeRevoked } });
  const [, createKey] = useMutation(CreateApiKeyMutation);
  const [revokeState, revokeKey] = useMutation(RevokeApiKeyMutation);
  const [revoking, setRevoking] = useState<Target | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const outcomeStatus = useOutcomeStatus();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function create(input: ApiKeyCreateInput): Promise<CreateKeyOutcome> {
    const outcome = (await createKey({ input })).data?.createApiKey;
    if (!outcome) return { ok: false, failure: null };
    if (outcome.__typename === 'CreateApiKeySuccess') {
      reload();
      return { ok: true, key: outcome.key, name: outcome.apiKey.name };
    }
    return { ok: false, failure: outcome };
  }

  async function revoke() {
    if (!revoking) return;
    const outcome = (await revokeKey({ id: revoking.id })).data?.revokeApiKey;
    const done = outcomeStatus(outcome, 'ApiKey', t('keys.revoked', { name: revoking.name }));
    setStatus(done);
    setRevoking(null);
    if (done.ok) reload();
  }

  const keys = result.data?.apiKeys.edges.map((e) => e.node) ?? [];
  return (
    <Stack>
      <PageHeader title={t('keys.title')} hint={t('keys.hint')}>
        <ApiKeyCreator create={create} />
      </PageHeader>
      <StatusAlert status={status} onClose={() => setStatus(null)} />
      <ErrorAlert message={result.error?.message} />
      <Switch
        label={t('keys.showRevoked')}
        checked={includeRevoked}
        onChange={(e) => setIncludeRevoked(e.currentTarget.checked)}
      />
      <ListTable
        aria-label={t('keys.title')}
        busy={result.fetching}
        rows={keys}
        rowKey={(key) => key.id}
        empty={t('common.empty')}
        columns={[
          {
            head: t('keys.name'),
            cell: (key) => (
              <>
                <Text size="sm" fw={600}>
                  {key.name}
                </Text>
                <StateBadge color={key.mode === 'live' ? 'blue.8' : 'gray.7'}>
                  {API_KEY_MODE_LABELS[key.mode][lang]}
                </StateBadge>
              </>
            ),
          },
          {
            head: t('keys.prefix'),
            cell: (key) => (
              <Text size="sm" ff="monospace">
                {key.prefix}…
              </Text>
            ),
          },
          {
            head: t('keys.scopes'),
            cell: (key) => (
              <Group gap={4}>
                {key.scopes.map((scope) => (
                  <Badge key={scope} variant="outline" color="dark" tt="none">
                    {scope}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { head: t('keys.createdAt'), cell: (key) => formatDateTime(key.createdAt, lang) },
          {
            head: t('keys.lastUsed'),
            cell: (key) =>
              key.lastUsedAt ? formatDateTime(key.lastUsedAt, lang) : t('common.never'),
          },
          {
            head: t('keys.revokedAt'),
            cell: (key) => (key.revokedAt ? formatDateTime(key.revokedAt, lang) : '—'),
          },
          {
            head: t('common.actions'),
            cell: (key) =>
              key.revokedAt ? null : (
                <RowButton
                  variant="outline"
                  color="red.9"
                  label={t('keys.revoke')}
                  name={key.name}
                  onClick={() => setRevoking({ id: key.id, name: key.name })}
                />
              ),
          },
        ]}
      />
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={revoking ? t('keys.revokeTitle', { name: revoking.name }) : ''}
      >
        <ConfirmPanel
          hint={t('keys.revokeHint')}
          confirmLabel={t('keys.revoke')}
          busy={revokeState.fetching}
          onCancel={() => setRevoking(null)}
          onConfirm={revoke}
        />
      </Modal>
    </Stack>
  );
}
