import { FEEDBACK_KIND_LABELS, text } from '@blk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Badge, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import { z } from 'zod';
import { formatDateTime } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import {
  applyFailure,
  type MutationFailure,
  MutationFailureFragment,
} from '../admin-common/failure';
import { ErrorAlert } from '../admin-common/status-alert';
import { Deadline, FeedbackFields, type Item, StatusBadge } from './feedback-parts';
import { type FeedbackTextKey, useFeedbackText } from './text';

/*
 * One message in the drawer, with the answer form: loaded when the drawer opens, so zod and
 * react-hook-form stay out of the inbox's first load (bench/admin-bundle.mjs).
 */

// Either change returns the message as the inbox shows it, so its row and this drawer follow.
const RespondMutation = graphql(
  `
  mutation FeedbackInbox_Respond($id: ID!, $response: String!) {
    respondToFeedback(id: $id, response: $response) {
      __typename
      ...FeedbackInbox_Feedback
      ...MutationFailure
    }
  }
`,
  [FeedbackFields, MutationFailureFragment],
);

const CloseMutation = graphql(
  `
  mutation FeedbackInbox_Close($id: ID!) {
    closeFeedback(id: $id) {
      __typename
      ...FeedbackInbox_Feedback
      ...MutationFailure
    }
  }
`,
  [FeedbackFields, MutationFailureFragment],
);

type Outcome =
  | ResultOf<typeof RespondMutation>['respondToFeedback']
  | ResultOf<typeof CloseMutation>['closeFeedback'];

/** The same rule the API applies to an answer (respondToFeedback: 5–4000 characters). */
const responseSchema = z.strictObject({ response: text(4000, 5) });
type ResponseValues = z.input<typeof responseSchema>;

export function FeedbackDetail({ item }: { item: Item }) {
  const t = useFeedbackText();
  const { lang, pick } = useI18n();
  const [notice, setNotice] = useState<FeedbackTextKey | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [respondState, respond] = useMutation(RespondMutation);
  const [closeState, close] = useMutation(CloseMutation);
  const form = useForm<ResponseValues>({
    resolver: zodResolver(responseSchema, { error: localizedError(lang) }),
    defaultValues: { response: item.response ?? '' },
  });

  /** Says how a change ended: `done` when the message came back, else why not. */
  async function change(
    send: () => Promise<{ out?: Outcome | null; error?: CombinedError }>,
    done: FeedbackTextKey,
    explain: (failure: MutationFailure) => string = (failure) => failure.message,
  ) {
    setNotice(undefined);
    setFailure(undefined);
    const { out, error } = await send();
    if (!out) setFailure(error?.graphQLErrors[0]?.message ?? error?.message);
    else if (out.__typename === 'Feedback') setNotice(done);
    else setFailure(explain(out));
  }

  const submit = form.handleSubmit((values) =>
    change(
      () =>
        respond({ id: item.id, response: values.response }).then((res) => ({
          out: res.data?.respondToFeedback,
          error: res.error,
        })),
      'sent',
      (failure) => applyFailure(failure, form, ['response']),
    ),
  );

  const doClose = () =>
    change(
      () =>
        close({ id: item.id }).then((res) => ({ out: res.data?.closeFeedback, error: res.error })),
      'closedDone',
    );

  const contact = [item.name, item.phone, item.email].filter(Boolean);
  return (
    <Stack>
      <Group gap="xs">
        <Badge variant="outline">{pick(FEEDBACK_KIND_LABELS[item.kind])}</Badge>
        <StatusBadge status={item.status} />
      </Group>
      <Text size="sm">
        {t('colSubmitted')}: {formatDateTime(item.submittedAt, lang)}
      </Text>
      <Group gap="xs">
        <Text size="sm">{t('colDeadline')}:</Text>
        <Deadline item={item} />
      </Group>
      <div>
        <Title order={3} size="h5">
          {t('message')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{item.message}</Text>
      </div>
      <div>
        <Title order={3} size="h5">
          {t('contact')}
        </Title>
        {contact.length > 0 ? (
          <Text size="sm">{contact.join(' · ')}</Text>
        ) : (
          <Text size="sm">{t('noContact')}</Text>
        )}
      </div>
      {item.relatedRequestTrackingCode && (
        <div>
          <Title order={3} size="h5">
            {t('related')}
          </Title>
          <Anchor
            component={Link}
            to={`/permohonan?q=${encodeURIComponent(item.relatedRequestTrackingCode)}`}
            ff="monospace"
          >
            {item.relatedRequestTrackingCode}
          </Anchor>
        </div>
      )}
      {item.respondedAt && (
        <Text size="sm" c="dimmed">
          {t('respondedBy', {
            name: item.respondedBy?.name ?? '—',
            when: formatDateTime(item.respondedAt, lang),
          })}
        </Text>
      )}
      {item.closedAt && (
        <Text size="sm" c="dimmed">
          {t('closedAt', { when: formatDateTime(item.closedAt, lang) })}
        </Text>
      )}
      {notice && (
        <Alert color="teal" role="status">
          {t(notice)}
        </Alert>
      )}
      <ErrorAlert message={failure} />
      {item.viewerCanRespond && (
        <form onSubmit={submit} noValidate aria-label={t('response')}>
          <Stack gap="sm">
            <Textarea
              label={t('response')}
              description={t('responseHint')}
              autosize
              minRows={4}
              maxRows={12}
              error={form.formState.errors.response?.message}
              {...form.register('response')}
            />
            <Group>
              <Button type="submit" loading={respondState.fetching}>
                {item.response ? t('correct') : t('send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {item.viewerCanClose && (
        <Group>
          <Button variant="default" onClick={doClose} loading={closeState.fetching}>
            {t('close')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
