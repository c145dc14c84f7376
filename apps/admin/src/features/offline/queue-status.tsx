import { ATTENDANCE_STATUS_LABELS, parseDecimal, testScoresSchema } from '@blk/domain';
import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { type ClassText, useClassText } from '../participants/text';
import type { QueueItem } from './changes';
import { classItems, dismiss, resend, syncNow, useQueueState } from './sync';

/** The item's name on screen: "Kehadiran Hari 2 (12 Januari 2027)", "Nilai Andi", ... */
export function itemTitle(item: QueueItem, t: ClassText): string {
  const { change } = item;
  if (change.kind === 'attendance') return t('itemAttendance', { label: change.label });
  if (change.kind === 'scores') return t('itemScores', { name: change.name });
  return t('itemParticipant', { name: change.input.name });
}

/** One score of a refused change, typed the Indonesian way ("72,5"). */
function ScoreInput({
  onChange,
  ...props
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <TextInput
      size="sm"
      w={110}
      inputMode="decimal"
      onChange={(e) => onChange(e.currentTarget.value)}
      {...props}
    />
  );
}

/** A refused score: its two numbers editable, sent again once they pass the shared schema. */
function FixScores({ item }: { item: QueueItem }) {
  const t = useClassText();
  const { msg } = useI18n();
  const change = item.change.kind === 'scores' ? item.change : null;
  const [pre, setPre] = useState(
    change?.preTestScore === undefined ? '' : String(change.preTestScore),
  );
  const [post, setPost] = useState(
    change?.postTestScore === undefined ? '' : String(change.postTestScore),
  );
  const [error, setError] = useState<string | null>(null);
  if (!change) return null;
  const submit = () => {
    const parsed = testScoresSchema.safeParse({
      preTestScore: pre.trim() === '' ? undefined : pre,
      postTestScore: post.trim() === '' ? undefined : post,
    });
    if (!parsed.success) {
      setError(msg(parsed.error.issues[0]?.message ?? '') || t('scoreInvalid'));
      return;
    }
    setError(null);
    void resend(item, { ...change, ...parsed.data });
  };
  return (
    <Group align="flex-end" gap="xs">
      <ScoreInput
        label={t('preOf', { name: change.name })}
        value={pre}
        onChange={setPre}
        error={error && !parseDecimal(pre).ok && pre.trim() ? error : undefined}
      />
      <ScoreInput
        label={t('postOf', { name: change.name })}
        value={post}
        onChange={setPost}
        error={error ?? undefined}
      />
      <Button size="sm" onClick={submit}>
        {t('queueFixSend')}
      </Button>
    </Group>
  );
}

/**
 * What the device holds for this class, at all times: "3 perubahan menunggu sinyal" (with a
 * button to try now), "Semua tersimpan", each change the server refused with its reason and a
 * way to fix it (scores edited in place; the others sent again or discarded), and each
 * attendance mark that lost to a later one, with whose mark stands.
 */
export function QueueStatus({ scheduleId }: { scheduleId: string }) {
  const t = useClassText();
  const { lang, pick } = useI18n();
  const state = useQueueState();
  const { pending, refused, overridden } = classItems(state.items, scheduleId);
  return (
    <Stack gap="xs" data-print-hide>
      {pending.length ? (
        <Alert
          color="yellow"
          aria-live="polite"
          data-testid="queue-state"
          title={t('queueWaiting', { n: pending.length })}
        >
          <Stack gap="xs">
            <Text size="sm">
              {state.stopped === 'signed-out' ? t('queueSignedOut') : t('queueWaitingHint')}
            </Text>
            <List size="sm">
              {pending.map((item) => (
                <List.Item key={item.id}>{itemTitle(item, t)}</List.Item>
              ))}
            </List>
            <Group>
              <Button
                size="sm"
                variant="outline"
                color="yellow.9"
                loading={state.syncing}
                onClick={() => void syncNow()}
              >
                {t('queueSendNow')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : refused.length === 0 && overridden.length === 0 ? (
        <Text size="sm" c="teal.9" fw={600} aria-live="polite" data-testid="queue-state">
          ✓ {t('queueAllSaved')}
        </Text>
      ) : null}
      {refused.length ? (
        <Alert color="red" role="alert" title={t('queueRefused', { n: refused.length })}>
          <Stack gap="md">
            {refused.map((item) => (
              <Stack key={item.id} gap={6} data-testid="queue-refused">
                <Text size="sm" fw={600}>
                  {t('queueRefusedItem', {
                    what: itemTitle(item, t),
                    reason: [
                      item.refusal?.message,
                      ...(item.refusal?.issues ?? []).map((i) => i.message),
                    ]
                      .filter(Boolean)
                      .join(' '),
                  })}
                </Text>
                {item.change.kind === 'scores' && item.refusal?.code === 'VALIDATION_FAILED' ? (
                  <FixScores item={item} />
                ) : null}
                <Group gap="xs">
                  {item.change.kind !== 'scores' || item.refusal?.code !== 'VALIDATION_FAILED' ? (
                    <Button size="sm" variant="outline" onClick={() => void resend(item)}>
                      {t('queueResend')}
                    </Button>
                  ) : null}
                  <Button
                    size="sm"
                    variant="subtle"
                    color="red.9"
                    onClick={() => void dismiss(item.id)}
                  >
                    {t('queueDiscard')}
                  </Button>
                </Group>
              </Stack>
            ))}
          </Stack>
        </Alert>
      ) : null}
      {overridden.length ? (
        <Alert color="blue" role="status" title={t('queueOverridden')}>
          <Stack gap="xs">
            {overridden.map((item) => (
              <Stack key={item.id} gap={4} data-testid="queue-overridden">
                {(item.overridden ?? []).map((o) => (
                  <Text size="sm" key={o.name}>
                    {t('queueOverriddenItem', {
                      day: item.change.kind === 'attendance' ? item.change.label : '',
                      name: o.name,
                      sent: pick(ATTENDANCE_STATUS_LABELS[o.sent]),
                      kept: pick(ATTENDANCE_STATUS_LABELS[o.kept]),
                      by: o.by ?? t('someone'),
                      when: formatDateTime(o.markedAt, lang),
                    })}
                  </Text>
                ))}
                <Group>
                  <Button size="xs" variant="outline" onClick={() => void dismiss(item.id)}>
                    {t('queueUnderstood')}
                  </Button>
                </Group>
              </Stack>
            ))}
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
