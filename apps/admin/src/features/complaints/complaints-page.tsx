import { FEEDBACK_KIND_LABELS, text } from '@blk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Drawer,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { PageLoader } from '../../components/page-loader';
import { formatDateTime } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import { MutationFailureFragment } from '../admin-common/failure';
import { type ComplaintTextKey, useComplaintText } from './text';

/** The fields the list rows and the drawer show (unmasked: the drawer reads them directly). */
const FeedbackFields = graphql(`
  fragment Complaints_FeedbackFragment on Feedback @_unmask {
    id
    trackingCode
    kind
    status
    name
    email
    phone
    message
    relatedRequestTrackingCode
    submittedAt
    responseDueAt
    overdue
    response
    respondedAt
    respondedBy {
      id
      name
    }
    closedAt
    viewerCanRespond
    viewerCanClose
  }
`);

const InboxQuery = graphql(
  `
  query Complaints_Inbox($status: FeedbackStatus, $overdue: Boolean, $after: String) {
    feedbackInbox(status: $status, overdue: $overdue, first: 50, after: $after) {
      edges {
        cursor
        node {
          ...Complaints_FeedbackFragment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`,
  [FeedbackFields],
);

/** The open message by id, so a link to `?id=` works whatever page of the list it is on. */
const DetailQuery = graphql(
  `
  query Complaints_Detail($id: ID!) {
    feedback(id: $id) {
      ...Complaints_FeedbackFragment
    }
  }
`,
  [FeedbackFields],
);

const RespondMutation = graphql(
  `
  mutation Complaints_Respond($id: ID!, $response: String!) {
    respondToFeedback(id: $id, response: $response) {
      __typename
      ... on Feedback {
        id
        status
        response
        respondedAt
        respondedBy {
          id
          name
        }
        overdue
        viewerCanRespond
        viewerCanClose
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const CloseMutation = graphql(
  `
  mutation Complaints_Close($id: ID!) {
    closeFeedback(id: $id) {
      __typename
      ... on Feedback {
        id
        status
        closedAt
        overdue
        viewerCanRespond
        viewerCanClose
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

type Item = ResultOf<typeof FeedbackFields>;
const STATUSES = ['received', 'in_progress', 'answered', 'closed'] as const;
type Status = (typeof STATUSES)[number];

/** The same rule the API applies to an answer (respondToFeedback: 5–4000 characters). */
const responseSchema = z.strictObject({ response: text(4000, 5) });
type ResponseValues = z.input<typeof responseSchema>;

const STATUS_COLOR: Record<Status, string> = {
  received: 'blue.9',
  in_progress: 'orange.9',
  answered: 'teal.9',
  closed: 'gray.9',
};

function StatusBadge({ status }: { status: Status }) {
  const t = useComplaintText();
  return (
    <Badge color={STATUS_COLOR[status]} variant="filled">
      {t(status)}
    </Badge>
  );
}

function Deadline({ item }: { item: Item }) {
  const t = useComplaintText();
  const { lang } = useI18n();
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">{formatDateTime(item.responseDueAt, lang)}</Text>
      {item.overdue && (
        <Badge color="red.8" variant="filled">
          {t('overdue')}
        </Badge>
      )}
    </Group>
  );
}

/** Complaints, suggestions and questions: filter, read, answer and close. */
export default function ComplaintsPage() {
  const t = useComplaintText();
  const { lang, pick } = useI18n();
  const [search, setSearch] = useSearchParams();
  const status = STATUSES.find((s) => s === search.get('status'));
  const overdue = search.get('overdue') === 'true' ? true : undefined;
  const openId = search.get('id');
  const [after, setAfter] = useState<string | undefined>();
  const [{ data, fetching, error }] = useQuery({
    query: InboxQuery,
    variables: { status, overdue, after },
    requestPolicy: 'cache-and-network',
  });
  const [detail] = useQuery({
    query: DetailQuery,
    variables: { id: openId ?? '' },
    pause: openId === null,
    requestPolicy: 'cache-and-network',
  });

  function setParam(key: string, value: string | undefined) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'id') setAfter(undefined);
    setSearch(next, { replace: key !== 'id' });
  }

  const items = data?.feedbackInbox.edges.map((e) => e.node) ?? [];
  // The list row shows at once; the detail query (also kept current by the cache) takes over.
  const open = detail.data?.feedback ?? items.find((i) => i.id === openId);

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text size="sm">{t('intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('status')}
          data={[
            { value: '', label: t('all') },
            ...STATUSES.map((s) => ({ value: s, label: t(s) })),
          ]}
          value={status ?? ''}
          onChange={(v) => setParam('status', v || undefined)}
          allowDeselect={false}
          w={200}
        />
        <Checkbox
          label={t('overdueOnly')}
          checked={overdue === true}
          onChange={(e) => setParam('overdue', e.currentTarget.checked ? 'true' : undefined)}
          mb={8}
        />
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error.graphQLErrors[0]?.message ?? error.message}
        </Alert>
      )}
      {fetching && !data ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped withTableBorder highlightOnHover aria-label={t('title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('colCode')}</Table.Th>
                <Table.Th>{t('colKind')}</Table.Th>
                <Table.Th>{t('colFrom')}</Table.Th>
                <Table.Th>{t('colSubmitted')}</Table.Th>
                <Table.Th>{t('colDeadline')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => setParam('id', item.id)}
                      aria-label={t('open', { code: item.trackingCode })}
                      ff="monospace"
                    >
                      {item.trackingCode}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{pick(FEEDBACK_KIND_LABELS[item.kind])}</Table.Td>
                  <Table.Td>{item.name ?? t('anonymous')}</Table.Td>
                  <Table.Td>{formatDateTime(item.submittedAt, lang)}</Table.Td>
                  <Table.Td>
                    <Deadline item={item} />
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={item.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data?.feedbackInbox.pageInfo.hasNextPage && (
        <Button
          variant="default"
          onClick={() => setAfter(data.feedbackInbox.pageInfo.endCursor ?? undefined)}
        >
          {t('more')}
        </Button>
      )}
      <Drawer
        opened={openId !== null}
        onClose={() => setParam('id', undefined)}
        position="right"
        size="lg"
        closeButtonProps={{ 'aria-label': t('closeDrawer') }}
        title={open ? t('detail', { code: open.trackingCode }) : t('title')}
      >
        {open ? (
          <FeedbackDetail key={open.id} item={open} />
        ) : detail.fetching || detail.stale ? (
          <PageLoader />
        ) : detail.error ? (
          <Alert color="red" role="alert">
            {detail.error.graphQLErrors[0]?.message ?? detail.error.message}
          </Alert>
        ) : (
          <Text>{t('notFound')}</Text>
        )}
      </Drawer>
    </Stack>
  );
}

function FeedbackDetail({ item }: { item: Item }) {
  const t = useComplaintText();
  const { lang, pick } = useI18n();
  const [notice, setNotice] = useState<ComplaintTextKey | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [respondState, respond] = useMutation(RespondMutation);
  const [closeState, close] = useMutation(CloseMutation);
  const form = useForm<ResponseValues>({
    resolver: zodResolver(responseSchema, { error: localizedError(lang) }),
    defaultValues: { response: item.response ?? '' },
  });

  const submit = form.handleSubmit(async (values) => {
    setNotice(undefined);
    setFailure(undefined);
    const res = await respond({ id: item.id, response: values.response });
    const out = res.data?.respondToFeedback;
    if (!out) {
      setFailure(res.error?.graphQLErrors[0]?.message ?? res.error?.message);
      return;
    }
    if (out.__typename === 'Feedback') {
      setNotice('sent');
      return;
    }
    const rest: string[] = [];
    if (out.__typename === 'ValidationError') {
      for (const issue of out.issues) {
        if (issue.path.split('.').includes('response')) {
          form.setError('response', { type: 'server', message: issue.message });
        } else rest.push(issue.message);
      }
    }
    setFailure([out.message, ...rest].join(' '));
  });

  async function doClose() {
    setNotice(undefined);
    setFailure(undefined);
    const res = await close({ id: item.id });
    const out = res.data?.closeFeedback;
    if (!out) {
      setFailure(res.error?.graphQLErrors[0]?.message ?? res.error?.message);
      return;
    }
    if (out.__typename === 'Feedback') {
      setNotice('closedDone');
    } else setFailure(out.message);
  }

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
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
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
