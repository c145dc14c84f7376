import type { ApiKeyCreateInput } from '@blk/domain';
import { API_KEY_MODE_LABELS } from '@blk/domain';
import { Badge, Button, Group, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { ConfirmPanel } from '../admin-common/confirm-panel';
import { MutationFailureFragment } from '../admin-common/failure';
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
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-label={t('keys.title')} aria-busy={result.fetching}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('keys.name')}</Table.Th>
              <Table.Th>{t('keys.prefix')}</Table.Th>
              <Table.Th>{t('keys.scopes')}</Table.Th>
              <Table.Th>{t('keys.createdAt')}</Table.Th>
              <Table.Th>{t('keys.lastUsed')}</Table.Th>
              <Table.Th>{t('keys.revokedAt')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.length === 0 && !result.fetching ? (
              <Table.Tr>
                <Table.Td colSpan={7}>{t('common.empty')}</Table.Td>
              </Table.Tr>
            ) : null}
            {keys.map((key) => (
              <Table.Tr key={key.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {key.name}
                  </Text>
                  <StateBadge color={key.mode === 'live' ? 'blue.8' : 'gray.7'}>
                    {API_KEY_MODE_LABELS[key.mode][lang]}
                  </StateBadge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {key.prefix}…
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {key.scopes.map((scope) => (
                      <Badge key={scope} variant="outline" color="dark" tt="none">
                        {scope}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDateTime(key.createdAt, lang)}</Table.Td>
                <Table.Td>
                  {key.lastUsedAt ? formatDateTime(key.lastUsedAt, lang) : t('common.never')}
                </Table.Td>
                <Table.Td>{key.revokedAt ? formatDateTime(key.revokedAt, lang) : '—'}</Table.Td>
                <Table.Td>
                  {key.revokedAt ? null : (
                    <Button
                      size="xs"
                      color="red.9"
                      variant="outline"
                      aria-label={`${t('keys.revoke')} ${key.name}`}
                      onClick={() => setRevoking({ id: key.id, name: key.name })}
                    >
                      {t('keys.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
