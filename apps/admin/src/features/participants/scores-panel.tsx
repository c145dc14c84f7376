import { formatDecimal, type Lang, parseDecimal, testScoresSchema } from '@blk/domain';
import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useI18n } from '../../lib/i18n';
import { ScrollTable } from '../admin-common/scroll-table';
import { StatusAlert } from '../admin-common/status-alert';
import { classItems, submitChange, useQueueState } from '../offline/sync';
import type { ClassPanelProps } from './class-query';
import { useClassText } from './text';

type Draft = Record<string, { pre: string; post: string }>;

/** A stored score as the field shows it, in the language's notation ("72,5"). */
const asText = (v: number | null | undefined, lang: Lang): string =>
  v === null || v === undefined ? '' : formatDecimal(v, lang);

/** The typed text as a score: blank is none, "72,5" is 72.5, anything else is not a number. */
function readScore(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const parsed = parseDecimal(text);
  return parsed.ok ? parsed.value : 'invalid';
}

/** Pre-test and post-test scores of the class, edited in one table and saved together. */
export function ScoresPanel({ data, canManage, onChanged }: ClassPanelProps) {
  const { lang, msg } = useI18n();
  const t = useClassText();
  const participants = data.participants ?? [];
  const queue = useQueueState();
  // The scores as this device knows them: the server's, then those still waiting to be sent.
  const baseline = useMemo(() => {
    const scores = new Map(
      participants.map((p) => [p.id, { pre: p.preTestScore, post: p.postTestScore }]),
    );
    for (const item of classItems(queue.items, data.id).pending) {
      const c = item.change;
      if (c.kind !== 'scores') continue;
      const row = scores.get(c.participantId) ?? { pre: null, post: null };
      scores.set(c.participantId, {
        pre: c.preTestScore ?? row.pre,
        post: c.postTestScore ?? row.post,
      });
    }
    return scores;
  }, [participants, queue.items, data.id]);
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(
      participants.map((p) => {
        const b = baseline.get(p.id);
        return [p.id, { pre: asText(b?.pre, lang), post: asText(b?.post, lang) }];
      }),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const rowOf = (id: string) => draft[id] ?? { pre: '', post: '' };
  const changed = participants.filter((p) => {
    const d = rowOf(p.id);
    const b = baseline.get(p.id);
    return readScore(d.pre) !== (b?.pre ?? null) || readScore(d.post) !== (b?.post ?? null);
  });

  async function saveAll() {
    setStatus(null);
    const next: Record<string, string> = {};
    const valid: { id: string; name: string; pre?: number; post?: number }[] = [];
    for (const p of changed) {
      const d = rowOf(p.id);
      // The shared schema reads the typed text ("72,5") exactly as the API checks the number.
      const parsed = testScoresSchema.safeParse({
        preTestScore: d.pre.trim() === '' ? undefined : d.pre,
        postTestScore: d.post.trim() === '' ? undefined : d.post,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]?.message;
        next[p.id] = issue?.startsWith('number.') ? msg(issue) : t('scoreRange');
        continue;
      }
      valid.push({
        id: p.id,
        name: p.name,
        ...(parsed.data.preTestScore === undefined ? {} : { pre: parsed.data.preTestScore }),
        ...(parsed.data.postTestScore === undefined ? {} : { post: parsed.data.postTestScore }),
      });
    }
    setErrors(next);
    if (Object.keys(next).length) return;
    if (valid.length === 0) {
      setStatus({ ok: true, text: t('scoresNone') });
      return;
    }
    setSaving(true);
    let saved = 0;
    let queued = 0;
    const failures: string[] = [];
    // One change per row: a refused row does not hold back the others.
    for (const row of valid) {
      const outcome = await submitChange({
        scheduleId: data.id,
        lang,
        change: {
          kind: 'scores',
          participantId: row.id,
          name: row.name,
          ...(row.pre === undefined ? {} : { preTestScore: row.pre }),
          ...(row.post === undefined ? {} : { postTestScore: row.post }),
        },
      });
      if (outcome.kind === 'saved' || outcome.kind === 'overridden') saved++;
      else if (outcome.kind === 'queued') queued++;
      else {
        const text = outcome.item.refusal?.message ?? '';
        next[row.id] = text;
        failures.push(`${row.name}: ${text}`);
      }
    }
    setSaving(false);
    setErrors({ ...next });
    setStatus(
      failures.length
        ? { ok: false, text: failures.join(' ') }
        : queued
          ? { ok: true, text: t('scoresQueued', { n: queued + saved }) }
          : { ok: true, text: t('scoresSaved', { n: saved }) },
    );
    if (saved) onChanged();
  }

  if (participants.length === 0) return <Alert color="yellow">{t('needParticipants')}</Alert>;
  const set = (id: string, key: 'pre' | 'post', value: string) =>
    setDraft((d) => ({ ...d, [id]: { ...rowOf(id), [key]: value } }));

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('scoreHint')}
      </Text>
      <StatusAlert status={status} onClose={() => setStatus(null)} />
      <ScrollTable
        minWidth={560}
        label={t('tabScores')}
        verticalSpacing="sm"
        aria-label={t('tabScores')}
        heads={[
          t('colName'),
          { text: t('preTest'), w: 150 },
          { text: t('postTest'), w: 150 },
          t('gain'),
        ]}
      >
        {participants.map((p) => {
          const d = rowOf(p.id);
          const pre = readScore(d.pre);
          const post = readScore(d.post);
          const gain = typeof pre === 'number' && typeof post === 'number' ? post - pre : null;
          return (
            <Table.Tr key={p.id}>
              <Table.Td fw={600}>{p.name}</Table.Td>
              {(['pre', 'post'] as const).map((key) => (
                <Table.Td key={key}>
                  {canManage ? (
                    <TextInput
                      aria-label={t(key === 'pre' ? 'preOf' : 'postOf', { name: p.name })}
                      size="md"
                      inputMode="decimal"
                      autoComplete="off"
                      value={d[key]}
                      onChange={(e) => set(p.id, key, e.currentTarget.value)}
                      error={key === 'post' ? errors[p.id] : errors[p.id] ? ' ' : undefined}
                    />
                  ) : d[key] === '' ? (
                    '—'
                  ) : (
                    d[key]
                  )}
                </Table.Td>
              ))}
              <Table.Td c={gain === null ? 'dimmed' : gain >= 0 ? 'teal.9' : 'red.9'} fw={600}>
                {gain === null ? '—' : `${gain > 0 ? '+' : ''}${formatDecimal(gain, lang)}`}
              </Table.Td>
            </Table.Tr>
          );
        })}
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
