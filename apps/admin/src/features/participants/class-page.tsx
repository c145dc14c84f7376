import { REQUESTER_TYPE_LABELS } from '@blk/domain';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { LabelledValue } from '../admin-common/labelled-value';
import { QueueStatus } from '../offline/queue-status';
import { classItems, useQueueState } from '../offline/sync';
import { ClassQuery } from './class-query';
import { useClassText } from './text';
import './class-print.css';

// Each tab is its own chunk: the page's header shows at once, and the form, file parsers and
// schemas load with the tab (and the dialog) that needs them.
const ParticipantsPanel = lazy(async () => ({
  default: (await import('./participants-panel')).ParticipantsPanel,
}));
const AttendancePanel = lazy(async () => ({
  default: (await import('./attendance-panel')).AttendancePanel,
}));
const ScoresPanel = lazy(async () => ({ default: (await import('./scores-panel')).ScoresPanel }));
const ReportPanel = lazy(async () => ({ default: (await import('./report-panel')).ReportPanel }));

const TABS = ['peserta', 'kehadiran', 'nilai', 'laporan'] as const;
type Tab = (typeof TABS)[number];

/**
 * A class (kelas) of a request: roster, attendance per training day, pre/post-test scores and
 * the completion report. Made for a tablet in the field as much as for a desk: big toggles,
 * no hover-only actions, the tab in the URL (`?tab=`).
 */
export default function ClassPage() {
  const { id = '' } = useParams();
  const { lang, pick, t: appText } = useI18n();
  const t = useClassText();
  const [search, setSearch] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(search.get('tab') ?? '')
    ? (search.get('tab') as Tab)
    : 'peserta';
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ClassQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const schedule = data?.schedule;
  const queue = useQueueState();
  const waiting = classItems(queue.items, id).pending.length;
  // Changes of this class just reached the server (here or from the service worker): read the
  // class again, so the screen shows what the server now holds.
  const before = useRef(waiting);
  useEffect(() => {
    if (waiting < before.current) reexecute({ requestPolicy: 'network-only' });
    before.current = waiting;
  }, [waiting, reexecute]);

  if ((!schedule && fetching) || !queue.loaded) return <PageLoader />;
  // Without signal, a class missing here was never opened on this device: say what to do.
  if (!schedule && (!queue.online || navigator.onLine === false))
    return (
      <Alert color="yellow" role="alert">
        {t('notOnDevice')}
      </Alert>
    );
  if (error && !schedule)
    return (
      <Alert color="red" role="alert">
        {error.graphQLErrors[0]?.message ?? appText('error.network')}
      </Alert>
    );
  if (!schedule)
    return (
      <Alert color="yellow" role="alert">
        {t('notFound')}
      </Alert>
    );

  const canManage = schedule.viewerCanManage;
  const { request } = schedule;
  const rosterKey = (schedule.participants ?? []).map((p) => p.id).join();
  return (
    <Stack>
      <Anchor component={Link} to={`/permohonan/${request.id}`} size="sm" data-print-hide>
        ← {t('back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {t('title', { program: schedule.program.name })}
          </Title>
          <Group gap="xs" mt={4}>
            <Anchor
              component={Link}
              to={`/permohonan/${request.id}`}
              ff="monospace"
              fw={700}
              aria-label={t('openRequest', { code: request.trackingCode })}
            >
              {request.trackingCode}
            </Anchor>
            <Badge variant="light" tt="none">
              {request.stepName}
            </Badge>
          </Group>
        </div>
        <Button variant="default" size="md" onClick={reload} loading={fetching} data-print-hide>
          {t('common.reload')}
        </Button>
      </Group>
      <Card withBorder radius="md" component="section" aria-label={t('title', { program: '' })}>
        <Grid gutter="sm">
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <LabelledValue label={t('requester')}>
              {request.requester.organizationName} (
              {pick(REQUESTER_TYPE_LABELS[request.requester.type])})
            </LabelledValue>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <LabelledValue label={t('dates')}>
              {formatDate(schedule.startDate, lang)} – {formatDate(schedule.endDate, lang)}
              <Text size="xs" c="dimmed">
                {t('days', { n: schedule.sessions.length })}
              </Text>
            </LabelledValue>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <LabelledValue label={t('venue')}>
              {schedule.venue} ({schedule.island})
            </LabelledValue>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <LabelledValue label={t('instructors')}>
              {schedule.instructors
                .map((i) => (i.lead ? `${i.name} (${t('lead')})` : i.name))
                .join(', ')}
            </LabelledValue>
          </Grid.Col>
        </Grid>
      </Card>
      {canManage || classItems(queue.items, id).all.length ? (
        <QueueStatus scheduleId={schedule.id} />
      ) : null}
      {schedule.cancelledAt ? (
        <Alert color="yellow">{t('cancelled')}</Alert>
      ) : !canManage ? (
        <Alert color="blue">{t('readOnly')}</Alert>
      ) : null}
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(v) => {
          if (!v) return;
          const next = new URLSearchParams(search);
          next.set('tab', v);
          setSearch(next, { replace: true });
        }}
      >
        <Tabs.List grow>
          <Tabs.Tab value="peserta" fz="md" py="md">
            {t('tabParticipants')} ({schedule.participants?.length ?? 0})
          </Tabs.Tab>
          <Tabs.Tab value="kehadiran" fz="md" py="md">
            {t('tabAttendance')}
          </Tabs.Tab>
          <Tabs.Tab value="nilai" fz="md" py="md">
            {t('tabScores')}
          </Tabs.Tab>
          <Tabs.Tab value="laporan" fz="md" py="md">
            {t('tabReport')}
          </Tabs.Tab>
        </Tabs.List>
        <Suspense fallback={<PageLoader />}>
          <Tabs.Panel value="peserta" pt="md">
            <ParticipantsPanel data={schedule} canManage={canManage} onChanged={reload} />
          </Tabs.Panel>
          <Tabs.Panel value="kehadiran" pt="md">
            <AttendancePanel
              key={rosterKey}
              data={schedule}
              canManage={canManage}
              onChanged={reload}
            />
          </Tabs.Panel>
          <Tabs.Panel value="nilai" pt="md">
            <ScoresPanel key={rosterKey} data={schedule} canManage={canManage} onChanged={reload} />
          </Tabs.Panel>
          <Tabs.Panel value="laporan" pt="md">
            <ReportPanel data={schedule} />
          </Tabs.Panel>
        </Suspense>
      </Tabs>
    </Stack>
  );
}
