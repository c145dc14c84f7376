import { testScoresSchema } from '@blk/domain';
import { Alert, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import type { ClassData } from './class-query';
import { ScrollTable } from './scroll-table';
import { useClassText } from './text';

const RecordScoresMutation = graphql(`
  mutation ClassPage_RecordTestScores(
    $participantId: ID!
    $preTestScore: Float
    $postTestScore: Float
  ) {
    recordTestScores(
      participantId: $participantId
      preTestScore: $preTestScore
      postTestScore: $postTestScore
    ) {
      __typename
      ... on Participant {
        id
        preTestScore
        postTestScore
      }
      ... on ValidationError {
        message
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

type Score = number | '';
type Draft = Record<string, { pre: Score; post: Score }>;

const toScore = (v: number | null): Score => (v === null ? '' : v);
const fmt = (n: number, lang: string) =>
  new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(n);

/** Pre-test and post-test scores of the class, edited in one table and saved together. */
export function ScoresPanel({
  data,
  canManage,
  onChanged,
}: {
  data: ClassData;
  canManage: boolean;
  onChanged: () => void;
}) {
  const { lang, t: appText } = useI18n();
  const t = useClassText();
  const participants = data.participants ?? [];
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(
      participants.map((p) => [
        p.id,
        { pre: toScore(p.preTestScore), post: toScore(p.postTestScore) },
      ]),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [, record] = useMutation(RecordScoresMutation);

  const rowOf = (id: string) => draft[id] ?? { pre: '' as Score, post: '' as Score };
  const changed = participants.filter((p) => {
    const d = rowOf(p.id);
    return d.pre !== toScore(p.preTestScore) || d.post !== toScore(p.postTestScore);
  });

  async function saveAll() {
    setStatus(null);
    const next: Record<string, string> = {};
    const valid = changed.filter((p) => {
      const d = rowOf(p.id);
      const parsed = testScoresSchema.safeParse({
        preTestScore: d.pre === '' ? undefined : d.pre,
        postTestScore: d.post === '' ? undefined : d.post,
      });
      if (!parsed.success) next[p.id] = t('scoreRange');
      return parsed.success;
    });
    setErrors(next);
    if (Object.keys(next).length) return;
    if (valid.length === 0) {
      setStatus({ ok: true, text: t('scoresNone') });
      return;
    }
    setSaving(true);
    let saved = 0;
    const failures: string[] = [];
    // One call per changed row: a refused row does not hold back the others.
    for (const p of valid) {
      const d = rowOf(p.id);
      const outcome = (
        await record({
          participantId: p.id,
          ...(d.pre === '' ? {} : { preTestScore: d.pre }),
          ...(d.post === '' ? {} : { postTestScore: d.post }),
        })
      ).data?.recordTestScores;
      if (outcome?.__typename === 'Participant') saved++;
      else {
        const text = outcome?.message ?? appText('error.network');
        next[p.id] = text;
        failures.push(`${p.name}: ${text}`);
      }
    }
    setSaving(false);
    setErrors({ ...next });
    setStatus(
      failures.length
        ? { ok: false, text: failures.join(' ') }
        : { ok: true, text: t('scoresSaved', { n: saved }) },
    );
    if (saved) onChanged();
  }

  if (participants.length === 0) return <Alert color="yellow">{t('needParticipants')}</Alert>;
  const set = (id: string, key: 'pre' | 'post', value: string | number) =>
    setDraft((d) => ({
      ...d,
      [id]: { ...rowOf(id), [key]: value === '' ? '' : Number(value) },
    }));

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('scoreHint')}
      </Text>
      {status ? (
        <Alert
          color={status.ok ? 'green' : 'red'}
          role={status.ok ? 'status' : 'alert'}
          withCloseButton
          closeButtonLabel={t('close')}
          onClose={() => setStatus(null)}
        >
          {status.text}
        </Alert>
      ) : null}
      <ScrollTable minWidth={560} label={t('tabScores')}>
        <Table verticalSpacing="sm" aria-label={t('tabScores')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('colName')}</Table.Th>
              <Table.Th w={150}>{t('preTest')}</Table.Th>
              <Table.Th w={150}>{t('postTest')}</Table.Th>
              <Table.Th>{t('gain')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {participants.map((p) => {
              const d = rowOf(p.id);
              const gain = d.pre !== '' && d.post !== '' ? d.post - d.pre : null;
              return (
                <Table.Tr key={p.id}>
                  <Table.Td fw={600}>{p.name}</Table.Td>
                  {(['pre', 'post'] as const).map((key) => (
                    <Table.Td key={key}>
                      {canManage ? (
                        <NumberInput
                          aria-label={t(key === 'pre' ? 'preOf' : 'postOf', { name: p.name })}
                          size="md"
                          min={0}
                          max={100}
                          clampBehavior="none"
                          decimalScale={2}
                          allowNegative={false}
                          hideControls
                          inputMode="decimal"
                          value={d[key]}
                          onChange={(v) => set(p.id, key, v)}
                          error={key === 'post' ? errors[p.id] : errors[p.id] ? ' ' : undefined}
                        />
                      ) : d[key] === '' ? (
                        '—'
                      ) : (
                        fmt(d[key] as number, lang)
                      )}
                    </Table.Td>
                  ))}
                  <Table.Td c={gain === null ? 'dimmed' : gain >= 0 ? 'teal.9' : 'red.9'} fw={600}>
                    {gain === null ? '—' : `${gain > 0 ? '+' : ''}${fmt(gain, lang)}`}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {canManage ? (
        <Group justify="flex-end">
          <Button size="lg" onClick={saveAll} loading={saving} disabled={saving}>
            {t('saveScores')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
