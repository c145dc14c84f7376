import { Alert, Button, Drawer, Group, Modal, Select, Stack } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { graphql, readFragment } from '../../lib/graphql';
import { ConfirmPanel } from '../admin-common/confirm-panel';
import { MutationFailureFragment } from '../admin-common/failure';
import { ListTable, RowActions, RowButton } from '../admin-common/list-table';
import { PageHeader } from '../admin-common/page-header';
import { SearchField, useSearch } from '../admin-common/search-field';
import { activeColumn } from '../admin-common/state-badge';
import {
  ErrorAlert,
  type Status,
  StatusAlert,
  useOutcomeStatus,
} from '../admin-common/status-alert';
import { KejuruanSection } from './kejuruan-section';
import type { ProgramFormProps } from './program-form';
import { ProgramFieldsFragment, type ProgramRow } from './program-fragment';
import { useCatalogueText } from './text';

const ProgramsQuery = graphql(`
  query Programs_List($search: String, $kejuruan: String, $archived: Boolean) {
    allPrograms(first: 100, search: $search, kejuruan: $kejuruan, archived: $archived) {
      edges {
        node {
          id
          code
          name
          durationDays
          durationJp
          classSizeMin
          classSizeDefault
          classSizeMax
          active
          kejuruan {
            code
            name
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** The whole program, loaded fresh when its editor opens (its `updatedAt` guards the save). */
const ProgramQuery = graphql(
  `
  query Programs_One($id: ID!) {
    program(id: $id) {
      id
      ...ProgramForm_TrainingProgram
    }
  }
`,
  [ProgramFieldsFragment],
);

const KejuruanQuery = graphql(`
  query Programs_Kejuruan {
    kejuruan {
      code
      name
    }
  }
`);

/** What archiving or restoring a program changes. */
const ProgramArchiveState = graphql(`
  fragment ProgramArchiveState on TrainingProgram @_unmask {
    id
    active
    archivedAt
    updatedAt
  }
`);

const ArchiveProgramMutation = graphql(
  `
  mutation Programs_Archive($id: ID!) {
    archiveProgram(id: $id) {
      __typename
      ...ProgramArchiveState
      ...MutationFailure
    }
  }
`,
  [ProgramArchiveState, MutationFailureFragment],
);

const RestoreProgramMutation = graphql(
  `
  mutation Programs_Restore($id: ID!) {
    restoreProgram(id: $id) {
      __typename
      ...ProgramArchiveState
      ...MutationFailure
    }
  }
`,
  [ProgramArchiveState, MutationFailureFragment],
);

// The form (react-hook-form, the shared zod schema) loads only when the drawer opens.
const ProgramForm = lazy(async () => ({
  default: (await import('./program-form')).ProgramForm,
}));

type StatusFilter = 'active' | 'archived' | 'all';
interface ListedProgram {
  id: string;
  name: string;
}
type Dialog =
  | { kind: 'form'; program: ListedProgram | null }
  | { kind: 'archive' | 'restore'; program: ListedProgram };

/** Loads a program for editing, then shows the form; the form alone for a new one. */
function ProgramEditor({
  id,
  ...props
}: { id: string | null } & Omit<ProgramFormProps, 'program'>) {
  const [result] = useQuery({
    query: ProgramQuery,
    variables: { id: id ?? '' },
    pause: id === null,
    requestPolicy: 'network-only',
  });
  if (id === null) return <ProgramForm program={null} {...props} />;
  if (result.error) {
    return (
      <Alert color="red" role="alert">
        {result.error.message}
      </Alert>
    );
  }
  const program: ProgramRow | null = result.data?.program
    ? readFragment(ProgramFieldsFragment, result.data.program)
    : null;
  if (!program || result.fetching) return <PageLoader />;
  return <ProgramForm key={program.updatedAt} program={program} {...props} />;
}

export default function ProgramsPage() {
  const t = useCatalogueText();
  const search = useSearch();
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('active');
  const [kejuruanFilter, setKejuruanFilter] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: ProgramsQuery,
    variables: {
      search: search.query || null,
      kejuruan: kejuruanFilter,
      archived: statusFilter === 'all' ? null : statusFilter === 'archived',
    },
    // A filter seen before may hold a program since archived or restored: ask again each time.
    requestPolicy: 'cache-and-network',
  });
  const [kejuruanResult, refetchKejuruan] = useQuery({ query: KejuruanQuery });
  const [archiveState, archive] = useMutation(ArchiveProgramMutation);
  const [restoreState, restore] = useMutation(RestoreProgramMutation);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const outcomeStatus = useOutcomeStatus();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const kejuruan = kejuruanResult.data?.kejuruan ?? [];
  const programs = (result.data?.allPrograms.edges ?? []).map((e) => e.node);

  async function confirmArchive(kind: 'archive' | 'restore', p: ListedProgram) {
    const outcome =
      kind === 'archive'
        ? (await archive({ id: p.id })).data?.archiveProgram
        : (await restore({ id: p.id })).data?.restoreProgram;
    setDialog(null);
    const done = outcomeStatus(
      outcome,
      'TrainingProgram',
      t(kind === 'archive' ? 'archived' : 'restored', { name: p.name }),
    );
    setStatus(done);
    if (done.ok) reload();
  }

  const sending = archiveState.fetching || restoreState.fetching;
  return (
    <Stack>
      <PageHeader title={t('title')} hint={t('intro')}>
        <Button onClick={() => setDialog({ kind: 'form', program: null })}>{t('add')}</Button>
      </PageHeader>
      <StatusAlert status={status} onClose={() => setStatus(null)} />
      <Group align="flex-end">
        <SearchField label={t('search')} w={280} search={search} />
        <Select
          label={t('status')}
          w={180}
          allowDeselect={false}
          data={[
            { value: 'active', label: t('statusActive') },
            { value: 'archived', label: t('statusArchived') },
            { value: 'all', label: t('statusAll') },
          ]}
          value={statusFilter}
          onChange={(v) => v && setStatusFilter(v as StatusFilter)}
        />
        <Select
          label={t('colKejuruan')}
          w={240}
          clearable
          placeholder={t('allKejuruan')}
          data={kejuruan.map((k) => ({ value: k.code, label: k.name }))}
          value={kejuruanFilter}
          onChange={setKejuruanFilter}
        />
      </Group>
      <ErrorAlert message={result.error?.message} />
      <ListTable
        aria-label={t('title')}
        busy={result.fetching}
        rows={programs}
        rowKey={(p) => p.id}
        empty={t('empty')}
        more={result.data?.allPrograms.pageInfo.hasNextPage ? t('more') : null}
        columns={[
          { head: t('colCode'), nowrap: true, cell: (p) => p.code },
          { head: t('colName'), cell: (p) => p.name },
          { head: t('colKejuruan'), cell: (p) => p.kejuruan.name },
          {
            head: t('colDuration'),
            nowrap: true,
            cell: (p) => t('duration', { days: p.durationDays, jp: p.durationJp }),
          },
          {
            head: t('colParticipants'),
            cell: (p) =>
              t('participants', {
                min: p.classSizeMin,
                max: p.classSizeMax,
                usual: p.classSizeDefault,
              }),
          },
          activeColumn(t('status'), t('statusActive'), t('statusArchived')),
          {
            head: t('colActions'),
            cell: (p) => (
              <RowActions>
                <RowButton
                  label={t('edit')}
                  name={p.name}
                  onClick={() => setDialog({ kind: 'form', program: p })}
                />
                <RowButton
                  variant="default"
                  label={t(p.active ? 'archive' : 'restore')}
                  name={p.name}
                  onClick={() => setDialog({ kind: p.active ? 'archive' : 'restore', program: p })}
                />
              </RowActions>
            ),
          },
        ]}
      />

      <KejuruanSection
        kejuruan={kejuruan}
        onChanged={(text) => {
          setStatus({ ok: true, text });
          refetchKejuruan({ requestPolicy: 'network-only' });
          reload();
        }}
      />

      <Drawer
        opened={dialog?.kind === 'form'}
        onClose={() => setDialog(null)}
        position="right"
        size="xl"
        title={
          dialog?.kind === 'form' && dialog.program
            ? t('editNamed', { name: dialog.program.name })
            : t('add')
        }
      >
        {dialog?.kind === 'form' ? (
          <Suspense fallback={<PageLoader />}>
            <ProgramEditor
              key={dialog.program?.id ?? 'new'}
              id={dialog.program?.id ?? null}
              kejuruan={kejuruan}
              onCancel={() => setDialog(null)}
              onStale={() => {
                setDialog(null);
                reload();
              }}
              onDone={(name, created) => {
                setDialog(null);
                setStatus({ ok: true, text: t(created ? 'created' : 'updated', { name }) });
                reload();
              }}
            />
          </Suspense>
        ) : null}
      </Drawer>
      <Modal
        opened={dialog?.kind === 'archive' || dialog?.kind === 'restore'}
        onClose={() => setDialog(null)}
        title={
          dialog?.kind === 'archive'
            ? t('archiveTitle', { name: dialog.program.name })
            : dialog?.kind === 'restore'
              ? t('restoreTitle', { name: dialog.program.name })
              : ''
        }
      >
        {dialog?.kind === 'archive' || dialog?.kind === 'restore' ? (
          <ConfirmPanel
            hint={t(dialog.kind === 'archive' ? 'archiveHint' : 'restoreHint')}
            confirmLabel={t(dialog.kind)}
            danger={false}
            busy={sending}
            onCancel={() => setDialog(null)}
            onConfirm={() => confirmArchive(dialog.kind, dialog.program)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
