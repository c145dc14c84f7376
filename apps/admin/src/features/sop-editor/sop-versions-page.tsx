import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDateTime } from '../../lib/format';
import type { ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { NO_TRUNCATE } from '../admin-common/badge';
import { ListTable } from '../admin-common/list-table';
import { PageHeader } from '../admin-common/page-header';
import { useApprovalColumns } from '../admin-common/version-cells';
import { useViewer } from '../auth/viewer';
import { SopVersionsQuery } from './documents';
import { STATUS_COLOR } from './status';
import { useSopEditorText } from './text';

// The form (zod, react-hook-form) loads when the dialog first opens.
const NewVersionForm = lazy(async () => ({
  default: (await import('./new-version-form')).NewVersionForm,
}));

type SopVersionRow = ResultOf<typeof SopVersionsQuery>['sopVersions'][number];

/** Every version of the SOP, newest first, the one in force marked; drafting a new one. */
export default function SopVersionsPage() {
  const { lang } = useI18n();
  const t = useSopEditorText();
  const { viewer } = useViewer();
  const [{ data, fetching, error }] = useQuery({
    query: SopVersionsQuery,
    requestPolicy: 'cache-and-network',
  });
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string>();
  const approvalColumns = useApprovalColumns<SopVersionRow>(t('colApproved'), t('colEffective'));
  if (fetching && !data) return <PageLoader />;
  if (error || !data) {
    return (
      <Alert color="red" role="alert">
        {error?.graphQLErrors[0]?.message ?? error?.message}
      </Alert>
    );
  }
  const versions = data.sopVersions;
  const inForce = versions.find((v) => v.status === 'published');

  return (
    <Stack>
      <PageHeader title={t('listTitle')} hint={t('listIntro')} />
      {viewer?.can.draftSop ? (
        <Group>
          <Button onClick={() => setCreating(true)} disabled={!inForce}>
            {t('newVersion')}
          </Button>
          {inForce ? null : <Text size="sm">{t('noneInForce')}</Text>}
        </Group>
      ) : null}
      <ListTable
        withTableBorder
        caption={{ id: 'sop-versions-h', text: t('listTitle') }}
        rows={versions}
        rowKey={(v) => v.id}
        rowProps={(v) => ({ 'aria-current': v.status === 'published' ? 'true' : undefined })}
        empty={t('empty')}
        columns={[
          {
            head: t('colVersion'),
            cell: (v) => (
              <Anchor
                component={Link}
                to={`/sop/versi/${v.id}`}
                aria-label={t('open', { no: v.versionNo })}
                fw={600}
              >
                {v.versionNo}
              </Anchor>
            ),
          },
          {
            head: t('colStatus'),
            cell: (v) => (
              <Badge color={STATUS_COLOR[v.status]} styles={NO_TRUNCATE}>
                {v.status === 'published' ? t('inForce') : t(v.status)}
              </Badge>
            ),
          },
          { head: t('colNote'), cell: (v) => v.changeNote ?? '—' },
          { head: t('colAuthor'), cell: (v) => v.createdBy?.name ?? '—' },
          { head: t('colCreated'), cell: (v) => formatDateTime(v.createdAt, lang) },
          ...approvalColumns,
        ]}
      />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        // The editor opens once the dialog has gone, so nothing of it stays hiding the page.
        onExitTransitionEnd={() => created && navigate(`/sop/versi/${created}`)}
        title={t('newVersion')}
        closeButtonProps={{ 'aria-label': t('common.cancel') }}
        centered
      >
        {inForce ? (
          <Suspense fallback={<PageLoader />}>
            <NewVersionForm
              basedOn={inForce}
              onCancel={() => setCreating(false)}
              onCreated={(id) => {
                setCreated(id);
                setCreating(false);
              }}
            />
          </Suspense>
        ) : null}
      </Modal>
    </Stack>
  );
}
