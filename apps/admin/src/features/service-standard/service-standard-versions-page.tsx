import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDateTime } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { NO_TRUNCATE } from '../admin-common/badge';
import { MutationFailureFragment } from '../admin-common/failure';
import { ListTable } from '../admin-common/list-table';
import { PageHeader } from '../admin-common/page-header';
import { ErrorAlert } from '../admin-common/status-alert';
import { useApprovalColumns } from '../admin-common/version-cells';
import { useViewer } from '../auth/viewer';
import { contentOf, ServiceStandardContentFields } from './content';
import { StatusBadge } from './status-badge';
import { useStandardText } from './text';

const VersionsQuery = graphql(
  `
  query ServiceStandard_Versions {
    serviceStandardVersions {
      id
      versionNo
      status
      createdAt
      createdBy {
        id
        name
      }
      approvedBy {
        id
        name
      }
      approvedAt
      effectiveAt
      ...ServiceStandardContentFields
    }
  }
`,
  [ServiceStandardContentFields],
);

const DraftMutation = graphql(
  `
  mutation ServiceStandard_Draft($input: DraftServiceStandardInput!) {
    draftServiceStandard(input: $input) {
      __typename
      ... on ServiceStandardVersion {
        id
        versionNo
        status
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

type Version = ResultOf<typeof VersionsQuery>['serviceStandardVersions'][number];

/** Every version of the Standar Pelayanan, newest first, and a new draft copied from the one in force. */
export default function ServiceStandardVersionsPage() {
  const t = useStandardText();
  const { lang, t: appText } = useI18n();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({
    query: VersionsQuery,
    requestPolicy: 'cache-and-network',
  });
  const [drafting, draft] = useMutation(DraftMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const inFlight = useRef(false);
  const approvalColumns = useApprovalColumns<Version>(t('colApproved'), t('colEffective'));

  const versions = data?.serviceStandardVersions ?? [];
  const inForce = versions.find((v) => v.status === 'published');
  const openDraft = versions.find((v) => v.status === 'draft');
  const canManage = viewer?.can.manageServiceStandard === true;

  async function createDraft() {
    if (!inForce || inFlight.current) return;
    inFlight.current = true;
    setFailure(null);
    try {
      const res = await draft({ input: contentOf(inForce) });
      const out = res.data?.draftServiceStandard;
      if (out?.__typename === 'ServiceStandardVersion') {
        navigate(`/standar-pelayanan/${out.id}`, {
          state: { notice: t('created', { no: out.versionNo }) },
        });
        return;
      }
      setFailure(
        out ? out.message : (res.error?.graphQLErrors[0]?.message ?? appText('error.network')),
      );
    } finally {
      inFlight.current = false;
    }
  }

  return (
    <Stack>
      <PageHeader title={t('title')} hint={t('intro')} />
      {canManage ? (
        <Group>
          <Button
            onClick={createDraft}
            loading={drafting.fetching}
            disabled={!inForce || drafting.fetching}
          >
            {t('newVersion')}
          </Button>
          <Text size="sm" c="dimmed">
            {inForce ? t('newVersionHint') : t('noneInForce')}
            {openDraft ? ` ${t('openDraft', { no: openDraft.versionNo })}` : ''}
          </Text>
        </Group>
      ) : null}
      <ErrorAlert message={failure} />
      {error ? (
        <Alert color="red" role="alert">
          {error.graphQLErrors[0]?.message ?? appText('error.network')}
        </Alert>
      ) : null}
      {fetching && !data ? (
        <PageLoader />
      ) : versions.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <ListTable
          minWidth={800}
          withTableBorder
          aria-label={t('title')}
          rows={versions}
          rowKey={(v) => v.id}
          columns={[
            {
              head: t('colVersion'),
              cell: (v) => (
                <Anchor component={Link} to={`/standar-pelayanan/${v.id}`}>
                  v{v.versionNo}
                </Anchor>
              ),
            },
            {
              head: t('colStatus'),
              cell: (v) => (
                <Group gap={6} wrap="nowrap">
                  <StatusBadge status={v.status} />
                  {v.status === 'published' ? (
                    <Badge color="teal.9" variant="outline" styles={NO_TRUNCATE}>
                      {t('inForce')}
                    </Badge>
                  ) : null}
                </Group>
              ),
            },
            { head: t('colCreated'), cell: (v) => formatDateTime(v.createdAt, lang) },
            { head: t('colCreatedBy'), cell: (v) => v.createdBy?.name ?? '—' },
            ...approvalColumns,
          ]}
        />
      )}
    </Stack>
  );
}
