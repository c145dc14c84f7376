import {
  Alert,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { MutationFailureFragment } from '../admin-common/failure';
import { type Column, ListTable } from '../admin-common/list-table';
import { PageHeader } from '../admin-common/page-header';
import { SectionCard } from '../admin-common/section-card';
import { useViewer } from '../auth/viewer';
import { BarChart } from './bar-chart';
import { exportQuery, PERIODS, paramsFromSearch, type ReportPeriod } from './params';
import { RegionMap } from './region-map';
import { type PerfTextKey, usePerfText } from './text';
import { TrendChart, trendPoints } from './trend-chart';

/** A row of an SLA breakdown (by step, role, staff or period): its key and on-time rate. */
const SlaRowFields = graphql(`
  fragment SlaRowFields on SlaComplianceRow @_unmask {
    key
    label
    rate {
      onTime
      late
      total
      share
    }
  }
`);

/** A count of requests by one key (kabupaten, requester type, program). */
const RequestCountFields = graphql(`
  fragment RequestCountFields on RequestCount @_unmask {
    key
    label
    count
  }
`);

const PerformanceQuery = graphql(
  `
  query Performance_Report($from: Date!, $to: Date!, $period: ReportPeriod) {
    performance(from: $from, to: $to, period: $period) {
      from
      to
      period
      requests
      completedRequests
      medianCompletionWorkingDays
      standardWorkingDaysToSchedule
      timeToSchedule {
        medianOfficeWorkingDays
        medianRequesterWorkingDays
        medianTotalWorkingDays
      }
      slaOverall {
        onTime
        late
        total
        share
      }
      slaByStep {
        ...SlaRowFields
      }
      slaByRole {
        ...SlaRowFields
      }
      slaByStaff {
        ...SlaRowFields
      }
      slaByPeriod {
        ...SlaRowFields
      }
      satisfaction {
        ikm
        grade
        gradeLabel
        respondents
        weight
        method
        elements {
          key
          name
          mean
        }
      }
      satisfactionByProfile {
        dimension
        dimensionLabel
        value
        label
        index {
          ikm
          grade
          respondents
        }
      }
      satisfactionByPeriod {
        period
        index {
          ikm
          grade
          gradeLabel
          respondents
        }
      }
      requestsByKabupaten {
        ...RequestCountFields
      }
      requestsByRequesterType {
        ...RequestCountFields
      }
      requestsByProgram {
        ...RequestCountFields
      }
    }
  }
`,
  [SlaRowFields, RequestCountFields],
);

const SetIkmWeightMutation = graphql(
  `
  mutation Performance_SetIkmWeight($weight: IkmWeight!) {
    setIkmWeight(weight: $weight) {
      __typename
      ... on IkmSettings {
        weight
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

type Report = ResultOf<typeof PerformanceQuery>['performance'];
type SlaRow = Report['slaByStep'][number];
type CountRow = ResultOf<typeof RequestCountFields>;

const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;

function useNumbers() {
  const { lang } = useI18n();
  const num = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 });
  return {
    num: (n: number | null | undefined) => (n == null ? '—' : num.format(n)),
    pct: (n: number | null | undefined) => (n == null ? '—' : pct.format(n)),
  };
}

/** A section of the report by one key (step, role, staff, region...): its rows and headings. */
interface SectionProps<R> {
  id: string;
  title: PerfTextKey;
  keyColumn: PerfTextKey;
  rows: readonly R[];
}

/**
 * A section of the report: its chart beside the table of the same figures, or "no data" when
 * there are no rows.
 */
function ChartSection({
  id,
  title,
  rows,
  chart,
  children,
}: {
  id: string;
  title: string;
  /** The rows the chart and the table show. */
  rows: readonly unknown[];
  chart: ReactNode;
  /** The table. */
  children: ReactNode;
}) {
  const t = usePerfText();
  return (
    <SectionCard id={id} title={title}>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          {chart}
          {children}
        </SimpleGrid>
      )}
    </SectionCard>
  );
}

/** A table of the report's figures, named by the heading `labelledBy`. */
function FigureTable<T>({
  labelledBy,
  columns,
  rows,
  rowKey,
}: {
  labelledBy: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
}) {
  return (
    <ListTable
      minWidth={null}
      withTableBorder
      aria-labelledby={labelledBy}
      columns={columns}
      rows={rows}
      rowKey={rowKey}
    />
  );
}

function SlaSection({ id, title, keyColumn, rows }: SectionProps<SlaRow>) {
  const t = usePerfText();
  const { num, pct } = useNumbers();
  const chart = (
    <BarChart
      max={1}
      bars={rows.map((r) => ({
        key: r.key,
        label: r.label,
        value: r.rate.share ?? 0,
        display: pct(r.rate.share),
      }))}
    />
  );
  return (
    <ChartSection id={id} title={t(title)} rows={rows} chart={chart}>
      <FigureTable
        labelledBy={id}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { head: t(keyColumn), cell: (r) => r.label },
          { head: t('colMeasured'), numeric: true, cell: (r) => num(r.rate.total) },
          { head: t('colOnTime'), numeric: true, cell: (r) => num(r.rate.onTime) },
          { head: t('colLate'), numeric: true, cell: (r) => num(r.rate.late) },
          { head: t('colShare'), numeric: true, cell: (r) => pct(r.rate.share) },
        ]}
      />
    </ChartSection>
  );
}

function CountTable({ id, keyColumn, rows }: Omit<SectionProps<CountRow>, 'title'>) {
  const t = usePerfText();
  const { num } = useNumbers();
  return (
    <FigureTable
      labelledBy={id}
      rows={rows}
      rowKey={(r) => r.key ?? r.label}
      columns={[
        { head: t(keyColumn), cell: (r) => r.label },
        { head: t('colCount'), numeric: true, cell: (r) => num(r.count) },
      ]}
    />
  );
}

function CountSection({ id, title, keyColumn, rows }: SectionProps<CountRow>) {
  const t = usePerfText();
  const chart = (
    <BarChart
      bars={rows.map((r) => ({
        key: r.key ?? r.label,
        label: r.label,
        value: r.count,
        display: String(r.count),
      }))}
    />
  );
  return (
    <ChartSection id={id} title={t(title)} rows={rows} chart={chart}>
      <CountTable id={id} keyColumn={keyColumn} rows={rows} />
    </ChartSection>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Card>
  );
}

/** Performance evaluation: SLA compliance, IKM and where requests come from, for a window. */
export default function PerformancePage() {
  const t = usePerfText();
  const { num, pct } = useNumbers();
  const [search, setSearch] = useSearchParams();
  const params = paramsFromSearch(search);
  const badRange = params.from > params.to;
  const [{ data, fetching, error }, reload] = useQuery({
    query: PerformanceQuery,
    variables: params,
    pause: badRange,
  });

  function update(key: 'from' | 'to' | 'period', value: string | null) {
    if (!value) return;
    const next = new URLSearchParams(search);
    next.set('from', params.from);
    next.set('to', params.to);
    next.set('period', params.period);
    next.set(key, value);
    setSearch(next, { replace: true });
  }

  const report = data?.performance;
  const query = exportQuery(params);

  return (
    <Stack>
      <PageHeader title={t('title')} hint={t('intro')} />
      <Group align="flex-end" gap="sm">
        <Select
          label={t('period')}
          data={PERIODS.map((p) => ({ value: p, label: t(p) }))}
          value={params.period}
          onChange={(v) => update('period', v as ReportPeriod | null)}
          allowDeselect={false}
          w={160}
        />
        <TextInput
          type="date"
          label={t('from')}
          value={params.from}
          onChange={(e) => update('from', e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('to')}
          value={params.to}
          onChange={(e) => update('to', e.currentTarget.value)}
        />
        <Button component="a" variant="default" href={`/exports/performance.csv${query}`} download>
          {t('csv')}
        </Button>
        <Button component="a" variant="default" href={`/exports/performance.xlsx${query}`} download>
          {t('xlsx')}
        </Button>
      </Group>
      {badRange && (
        <Alert color="red" role="alert">
          {t('badRange')}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error.graphQLErrors[0]?.message ?? error.message}
        </Alert>
      )}
      {fetching && !report && <PageLoader />}
      {report && (
        <>
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            <Figure label={t('requests')} value={num(report.requests)} />
            <Figure label={t('completed')} value={num(report.completedRequests)} />
            <Figure label={t('median')} value={num(report.medianCompletionWorkingDays)} />
            <Figure label={t('slaOverall')} value={pct(report.slaOverall.share)} />
            <Figure label={t('ikm')} value={num(report.satisfaction.ikm)} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Figure
              label={t('officeTime')}
              value={num(report.timeToSchedule.medianOfficeWorkingDays)}
              note={t('officeTimeNote', { n: report.standardWorkingDaysToSchedule })}
            />
            <Figure
              label={t('requesterWait')}
              value={num(report.timeToSchedule.medianRequesterWorkingDays)}
              note={t('requesterWaitNote', {
                total: num(report.timeToSchedule.medianTotalWorkingDays),
              })}
            />
          </SimpleGrid>
          <Trend report={report} />
          <SlaSection id="sla-step" title="slaByStep" keyColumn="colStep" rows={report.slaByStep} />
          <SlaSection id="sla-role" title="slaByRole" keyColumn="colRole" rows={report.slaByRole} />
          <SlaSection
            id="sla-staff"
            title="slaByStaff"
            keyColumn="colStaff"
            rows={report.slaByStaff}
          />
          <Satisfaction
            report={report}
            onReload={() => reload({ requestPolicy: 'network-only' })}
          />
          <SectionCard id="by-region" title={t('byKabupaten')}>
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <RegionMap counts={report.requestsByKabupaten} />
              <CountTable id="by-region" keyColumn="colRegion" rows={report.requestsByKabupaten} />
            </SimpleGrid>
          </SectionCard>
          <CountSection
            id="by-type"
            title="byRequesterType"
            keyColumn="colType"
            rows={report.requestsByRequesterType}
          />
          <CountSection
            id="by-program"
            title="byProgram"
            keyColumn="colProgram"
            rows={report.requestsByProgram}
          />
        </>
      )}
    </Stack>
  );
}

/** The IKM weight: shown to everyone who sees the report, changed by the kepala dinas only. */
function IkmWeightSetting({ weight, onSaved }: { weight: Weight; onSaved: () => void }) {
  const t = usePerfText();
  const { viewer } = useViewer();
  const [state, setWeight] = useMutation(SetIkmWeightMutation);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const canChange = viewer?.can.manageSurveySettings === true;
  return (
    <Stack gap={4}>
      <Select
        label={t('weight')}
        description={canChange ? t('weightHelp') : undefined}
        data={[
          { value: 'one_ninth', label: t('weightOneNinth') },
          { value: 'rounded_0111', label: t('weightRounded') },
        ]}
        value={weight}
        disabled={!canChange || state.fetching}
        allowDeselect={false}
        w={260}
        onChange={async (value) => {
          if (!value || value === weight) return;
          const res = await setWeight({ weight: value as Weight });
          const outcome = res.data?.setIkmWeight;
          if (outcome?.__typename === 'IkmSettings') {
            setMessage({ ok: true, text: t('weightSaved') });
            onSaved();
          } else {
            setMessage({
              ok: false,
              text:
                (outcome && 'message' in outcome ? outcome.message : undefined) ??
                res.error?.graphQLErrors[0]?.message ??
                res.error?.message ??
                '',
            });
          }
        }}
      />
      {message && (
        <Text size="sm" c={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Text>
      )}
    </Stack>
  );
}

type Weight = Report['satisfaction']['weight'];

function Satisfaction({ report, onReload }: { report: Report; onReload: () => void }) {
  const t = usePerfText();
  const { num } = useNumbers();
  const s = report.satisfaction;
  return (
    <SectionCard id="ikm" title={t('satisfaction')}>
      <IkmWeightSetting weight={s.weight} onSaved={onReload} />
      <Text size="sm" c="dimmed" data-testid="ikm-method">
        {s.method}
      </Text>
      {s.respondents === 0 ? (
        <Text c="dimmed">{t('noSurvey')}</Text>
      ) : (
        <Stack>
          <Text fw={600}>
            {t('ikmSummary', {
              ikm: num(s.ikm),
              grade: s.grade ?? '—',
              label: s.gradeLabel ?? '—',
              n: s.respondents,
            })}
          </Text>
          <Title order={3} size="h5" id="ikm-elements">
            {t('elements')}
          </Title>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <BarChart
              max={4}
              bars={s.elements.map((e) => ({
                key: e.key,
                label: `${e.key.toUpperCase()} ${e.name}`,
                value: e.mean ?? 0,
                display: num(e.mean),
              }))}
            />
            <FigureTable
              labelledBy="ikm-elements"
              rows={s.elements}
              rowKey={(e) => e.key}
              columns={[
                { head: t('colElement'), cell: (e) => `${e.key.toUpperCase()} ${e.name}` },
                { head: t('colMean'), numeric: true, cell: (e) => num(e.mean) },
              ]}
            />
          </SimpleGrid>
          <Title order={3} size="h5" id="ikm-profile">
            {t('byProfile')}
          </Title>
          <FigureTable
            labelledBy="ikm-profile"
            rows={report.satisfactionByProfile}
            rowKey={(r) => `${r.dimension}-${r.value ?? 'none'}`}
            columns={[
              { head: t('colProfile'), cell: (r) => r.dimensionLabel },
              { head: t('colValue'), cell: (r) => r.label },
              { head: t('colRespondents'), numeric: true, cell: (r) => num(r.index.respondents) },
              { head: t('ikm'), numeric: true, cell: (r) => num(r.index.ikm) },
              { head: t('colGrade'), cell: (r) => r.index.grade ?? '—' },
            ]}
          />
        </Stack>
      )}
    </SectionCard>
  );
}

/** SLA compliance and IKM per period, oldest first: the chart and its figures. */
function Trend({ report }: { report: Report }) {
  const t = usePerfText();
  const { num, pct } = useNumbers();
  const points = trendPoints(report.slaByPeriod, report.satisfactionByPeriod);
  const onTime = new Map(report.slaByPeriod.map((r) => [r.key, r.rate]));
  return (
    <ChartSection
      id="trend"
      title={t('trend')}
      rows={points}
      chart={<TrendChart points={points} labels={{ sla: t('trendSla'), ikm: t('trendIkm') }} />}
    >
      <FigureTable
        labelledBy="trend"
        rows={points}
        rowKey={(p) => p.period}
        columns={[
          { head: t('colPeriod'), cell: (p) => p.period },
          { head: t('colMeasured'), numeric: true, cell: (p) => num(p.measured) },
          {
            head: t('colOnTime'),
            numeric: true,
            cell: (p) => num(onTime.get(p.period)?.onTime ?? 0),
          },
          { head: t('colLate'), numeric: true, cell: (p) => num(onTime.get(p.period)?.late ?? 0) },
          { head: t('colShare'), numeric: true, cell: (p) => pct(p.sla) },
          { head: t('ikm'), numeric: true, cell: (p) => num(p.ikm) },
          { head: t('colGrade'), cell: (p) => p.grade ?? '—' },
          { head: t('colRespondents'), numeric: true, cell: (p) => num(p.respondents) },
        ]}
      />
    </ChartSection>
  );
}
