import {
  EXPIRY_WARNING_DAYS,
  ISLAND_LABELS,
  ISLANDS,
  type Island,
  worstCertificateStatus,
} from '@blk/domain';
import { Button, Checkbox, Drawer, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { ListTable, RowButton } from '../admin-common/list-table';
import { PageHeader } from '../admin-common/page-header';
import { SearchField, useSearch } from '../admin-common/search-field';
import { activeColumn } from '../admin-common/state-badge';
import { ErrorAlert, type Status, StatusAlert } from '../admin-common/status-alert';
import { CertificateBadge } from './certificate-badge';
import { CompetencyFields } from './instructor-fragments';
import { useInstructorText } from './text';

// The detail and the forms (react-hook-form, the shared zod schemas) load when a dialog opens.
const InstructorDetail = lazy(async () => ({
  default: (await import('./instructor-detail')).InstructorDetail,
}));
const InstructorForm = lazy(async () => ({
  default: (await import('./instructor-form')).InstructorForm,
}));

const InstructorsQuery = graphql(
  `
  query Instructors_List(
    $search: String
    $island: Island
    $expiringWithin: Int
    $includeArchived: Boolean
  ) {
    instructors(
      first: 100
      search: $search
      island: $island
      certificateExpiringWithinDays: $expiringWithin
      includeArchived: $includeArchived
    ) {
      edges {
        node {
          id
          name
          homeIsland
          active
          competencies {
            ...CompetencyFields
          }
          certifications {
            id
            expiresOn
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`,
  [CompetencyFields],
);

const ProgramOptionsQuery = graphql(`
  query Instructors_ProgramOptions {
    allPrograms(first: 100, archived: false) {
      edges {
        node {
          id
          name
          code
          kejuruan {
            code
            name
          }
        }
      }
    }
  }
`);

type CompetencyRow = ResultOf<typeof CompetencyFields>;

/** An instructor's fields (kejuruan) in bold, and under them the programs they may teach. */
function Competencies({ of: competencies }: { of: readonly CompetencyRow[] }) {
  const t = useInstructorText();
  const fields = [...new Set(competencies.map((c) => c.kejuruan.name))];
  if (fields.length === 0) return t('noCompetency');
  return (
    <>
      <Text size="sm" fw={500}>
        {fields.join(', ')}
      </Text>
      <Text size="xs" c="dimmed">
        {competencies.map((c) => c.name).join(', ')}
      </Text>
    </>
  );
}

export default function InstructorsPage() {
  const { lang } = useI18n();
  const t = useInstructorText();
  const [params, setParams] = useSearchParams();
  const openId = params.get('id');
  const search = useSearch();
  const [island, setIsland] = useState<Island | null>(null);
  const [expiring, setExpiring] = useState(false);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [result, refetch] = useQuery({
    query: InstructorsQuery,
    variables: {
      search: search.query || null,
      island,
      expiringWithin: expiring ? EXPIRY_WARNING_DAYS : null,
      includeArchived,
    },
    // A filter seen before may hold an instructor since changed: ask again each time.
    requestPolicy: 'cache-and-network',
  });
  const [programsResult] = useQuery({ query: ProgramOptionsQuery });
  const programs = (programsResult.data?.allPrograms.edges ?? []).map((e) => e.node);
  const instructors = (result.data?.instructors.edges ?? []).map((e) => e.node);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const open = (id: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set('id', id);
        else next.delete('id');
        return next;
      },
      { replace: false },
    );
  const openName = instructors.find((i) => i.id === openId)?.name;

  return (
    <Stack>
      <PageHeader title={t('title')} hint={t('intro')}>
        <Button onClick={() => setCreating(true)}>{t('add')}</Button>
      </PageHeader>
      <StatusAlert status={status} onClose={() => setStatus(null)} />
      <Group align="flex-end">
        <SearchField label={t('search')} w={240} search={search} />
        <Select
          label={t('island')}
          w={200}
          clearable
          placeholder={t('allIslands')}
          data={ISLANDS.map((i) => ({ value: i, label: ISLAND_LABELS[i][lang] }))}
          value={island}
          onChange={(v) => setIsland(v as Island | null)}
        />
        <Stack gap={6} pb={4}>
          <Checkbox
            label={t('expiringFilter', { days: EXPIRY_WARNING_DAYS })}
            checked={expiring}
            onChange={(e) => setExpiring(e.currentTarget.checked)}
          />
          <Checkbox
            label={t('archivedFilter')}
            checked={includeArchived}
            onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          />
        </Stack>
      </Group>
      <ErrorAlert message={result.error?.message} />
      <ListTable
        aria-label={t('title')}
        busy={result.fetching}
        rows={instructors}
        rowKey={(ins) => ins.id}
        empty={t('empty')}
        more={result.data?.instructors.pageInfo.hasNextPage ? t('more') : null}
        columns={[
          { head: t('colName'), cell: (ins) => ins.name },
          { head: t('island'), nowrap: true, cell: (ins) => ISLAND_LABELS[ins.homeIsland][lang] },
          { head: t('colCompetencies'), cell: (ins) => <Competencies of={ins.competencies} /> },
          {
            head: t('colCertificate'),
            cell: (ins) => (
              <CertificateBadge
                status={worstCertificateStatus(ins.certifications.map((c) => c.expiresOn))}
              />
            ),
          },
          activeColumn(t('colStatus'), t('active'), t('archivedState')),
          {
            head: t('colActions'),
            cell: (ins) => (
              <RowButton label={t('open')} name={ins.name} onClick={() => open(ins.id)} />
            ),
          },
        ]}
      />

      <Modal opened={creating} onClose={() => setCreating(false)} size="lg" title={t('add')}>
        {creating ? (
          <Suspense fallback={<PageLoader />}>
            <InstructorForm
              instructor={null}
              programs={programs}
              onCancel={() => setCreating(false)}
              onDone={(saved) => {
                setCreating(false);
                setStatus({ ok: true, text: t('created', { name: saved.name }) });
                reload();
                open(saved.id);
              }}
            />
          </Suspense>
        ) : null}
      </Modal>
      <Drawer
        opened={openId !== null}
        onClose={() => open(null)}
        position="right"
        size="xl"
        title={openName ? t('detailTitle', { name: openName }) : t('title')}
      >
        {openId ? (
          <Suspense fallback={<PageLoader />}>
            <InstructorDetail key={openId} id={openId} programs={programs} onChanged={reload} />
          </Suspense>
        ) : null}
      </Drawer>
    </Stack>
  );
}
