import { MAX_IMPORT_ROWS } from '@blk/domain';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { MutationFailureFragment } from '../admin-common/failure';
import { ScrollTable } from '../admin-common/scroll-table';
import { ErrorAlert } from '../admin-common/status-alert';
import { type ImportField, readSheetFile, type SheetRow, templateCsv } from './sheet';
import { type ClassText, type ClassTextKey, useClassText } from './text';

const ImportMutation = graphql(
  `
  mutation ClassPage_ImportParticipants(
    $scheduleId: ID!
    $rows: [ParticipantImportRowInput!]!
    $dryRun: Boolean
  ) {
    importParticipants(scheduleId: $scheduleId, rows: $rows, dryRun: $dryRun) {
      __typename
      ... on ParticipantImportReport {
        dryRun
        total
        valid
        invalid
        imported
        rows {
          index
          rowNumber
          name
          status
          participantId
          issues {
            path
            code
            message
          }
        }
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

type ImportResult = ResultOf<typeof ImportMutation>['importParticipants'];
export type ImportReportData = Extract<ImportResult, { __typename: 'ParticipantImportReport' }>;

/** Status badges keep their whole word in a narrow column. */
const BADGE_STYLES = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;

const FIELD_KEYS: Record<ImportField, ClassTextKey> = {
  nik: 'field_nik',
  name: 'field_name',
  birthDate: 'field_birthDate',
  sex: 'field_sex',
  education: 'field_education',
  phone: 'field_phone',
  address: 'field_address',
};

/** The field an issue is about, in words ('' for the row as a whole). */
function fieldName(t: ClassText, path: string): string | null {
  const key = FIELD_KEYS[path.split('.')[0] as ImportField];
  return key ? t(key) : null;
}

/**
 * The server's per-row verdict on a file: each row's problems in words, and a button that
 * imports only the rows the server found valid (disabled when there are none).
 */
export function ImportReport({
  report,
  rows,
  busy,
  onImport,
}: {
  report: ImportReportData;
  /** The rows that were checked, in the order sent. */
  rows: readonly SheetRow[];
  busy: boolean;
  onImport: (valid: SheetRow[]) => void;
}) {
  const t = useClassText();
  const valid = report.rows.flatMap((r) => {
    const row = rows[r.index];
    return r.status === 'OK' && row ? [row] : [];
  });
  const done = !report.dryRun;
  return (
    <Stack gap="sm">
      <Text fw={600} id="import-report-h">
        {t('reportTitle')}
      </Text>
      <Text size="sm">
        {t('reportSummary', { total: report.total, valid: report.valid, invalid: report.invalid })}
      </Text>
      <ScrollTable
        minWidth={560}
        label={t('reportTitle')}
        aria-labelledby="import-report-h"
        verticalSpacing="xs"
        heads={[t('colRow'), t('colName'), t('colStatus'), t('colProblems')]}
      >
        {report.rows.map((r) => (
          <Table.Tr key={r.index} data-testid={`import-row-${r.rowNumber}`}>
            <Table.Td>{r.rowNumber}</Table.Td>
            <Table.Td>{r.name ?? t('noName')}</Table.Td>
            <Table.Td>
              {r.status === 'OK' ? (
                <Badge color="green.8" variant="dot" tt="none" styles={BADGE_STYLES}>
                  {r.participantId ? t('rowImported') : t('rowOk')}
                </Badge>
              ) : (
                <Badge color="red.9" variant="filled" tt="none" styles={BADGE_STYLES}>
                  {t('rowError')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              {r.issues.length ? (
                <List size="sm" spacing={2}>
                  {r.issues.map((issue, i) => {
                    const field = fieldName(t, issue.path);
                    return (
                      <List.Item key={i}>
                        {field ? `${field}: ` : ''}
                        {issue.message}
                      </List.Item>
                    );
                  })}
                </List>
              ) : (
                '—'
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </ScrollTable>
      {done ? null : valid.length === 0 ? (
        <Alert color="yellow">{t('nothingToImport')}</Alert>
      ) : null}
      {done ? null : (
        <Group justify="flex-end">
          <Button
            size="md"
            disabled={busy || valid.length === 0}
            loading={busy}
            onClick={() => onImport(valid)}
          >
            {t('importValid', { n: valid.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function downloadTemplate() {
  const url = URL.createObjectURL(new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'templat-peserta.csv';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Pick a file → the server checks every row (dry run) → import the valid rows. */
export function ImportDialog({
  scheduleId,
  onImported,
}: {
  scheduleId: string;
  onImported: (count: number) => void;
}) {
  const t = useClassText();
  const { t: appText } = useI18n();
  const [, run] = useMutation(ImportMutation);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ rows: SheetRow[]; report: ImportReportData } | null>(
    null,
  );

  const send = async (rows: SheetRow[], dryRun: boolean) => {
    const outcome = (await run({ scheduleId, rows, dryRun })).data?.importParticipants;
    if (outcome?.__typename === 'ParticipantImportReport') return outcome;
    const issues = outcome?.__typename === 'ValidationError' ? outcome.issues : [];
    setError(
      outcome
        ? [outcome.message, ...issues.map((i) => i.message)].filter(Boolean).join(' ')
        : appText('error.network'),
    );
    return null;
  };

  async function choose(next: File | null) {
    setFile(next);
    setChecked(null);
    setError(null);
    if (!next) return;
    setBusy(true);
    try {
      const reading = await readSheetFile(next);
      if (!reading.ok) {
        setError(
          'empty' in reading
            ? t('noRows')
            : t('missingColumns', { columns: reading.missing.join(', ') }),
        );
      } else if (reading.rows.length > MAX_IMPORT_ROWS) {
        setError(t('tooManyRows', { count: reading.rows.length, max: MAX_IMPORT_ROWS }));
      } else {
        const report = await send(reading.rows, true);
        if (report) setChecked({ rows: reading.rows, report });
      }
    } catch (e) {
      setError(t('unreadable', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }

  async function importValid(valid: SheetRow[]) {
    setBusy(true);
    setError(null);
    const report = await send(valid, false);
    setBusy(false);
    if (!report) return;
    setChecked({ rows: valid, report });
    onImported(report.imported);
  }

  return (
    <Stack>
      <Text size="sm">{t('importHint')}</Text>
      <Anchor component="button" type="button" size="sm" onClick={downloadTemplate} ta="left">
        {t('template')}
      </Anchor>
      <FileInput
        label={t('file')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={choose}
        clearable
        clearButtonProps={{ 'aria-label': t('clearFile') }}
        size="md"
        disabled={busy}
      />
      {busy ? (
        <Text size="sm" role="status">
          {t('reading')}
        </Text>
      ) : null}
      <ErrorAlert message={error} />
      {checked && !checked.report.dryRun ? (
        <Alert color="green" role="status">
          {t('imported', { n: checked.report.imported })}
        </Alert>
      ) : null}
      {checked ? (
        <ImportReport
          report={checked.report}
          rows={checked.rows}
          busy={busy}
          onImport={importValid}
        />
      ) : null}
    </Stack>
  );
}
