import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { NO_TRUNCATE } from '../admin-common/badge';
import { PageHeader } from '../admin-common/page-header';
import { ApprovalCells } from '../admin-common/version-cells';
import { useViewer } from '../auth/viewer';
import { SopVersionsQuery } from './documents';
import { STATUS_COLOR } from './status';
import { useSopEditorText } from './text';

// The form (zod, react-hook-form) loads when the dialog first opens.
const NewVersionForm = lazy(async () => ({
  default: (await import('./new-version-form')).NewVersionForm,
}));

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
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder aria-labelledby="sop-versions-h">
          <caption id="sop-versions-h" style={{ textAlign: 'left', captionSide: 'top' }}>
            <Text size="sm" fw={600}>
              {t('listTitle')}
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('colVersion')}</Table.Th>
              <Table.Th>{t('colStatus')}</Table.Th>
              <Table.Th>{t('colNote')}</Table.Th>
              <Table.Th>{t('colAuthor')}</Table.Th>
              <Table.Th>{t('colCreated')}</Table.Th>
              <Table.Th>{t('colApproved')}</Table.Th>
              <Table.Th>{t('colEffective')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={7}>{t('empty')}</Table.Td>
              </Table.Tr>
            ) : null}
            {versions.map((v) => (
              <Table.Tr key={v.id} aria-current={v.status === 'published' ? 'true' : undefined}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/sop/versi/${v.id}`}
                    aria-label={t('open', { no: v.versionNo })}
                    fw={600}
                  >
                    {v.versionNo}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[v.status]} styles={NO_TRUNCATE}>
                    {v.status === 'published' ? t('inForce') : t(v.status)}
                  </Badge>
                </Table.Td>
                <Table.Td>{v.changeNote ?? '—'}</Table.Td>
                <Table.Td>{v.createdBy?.name ?? '—'}</Table.Td>
                <Table.Td>{formatDateTime(v.createdAt, lang)}</Table.Td>
                <ApprovalCells version={v} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
