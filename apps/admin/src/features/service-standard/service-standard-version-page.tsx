import { SERVICE_STANDARD_COMPONENTS, type ServiceStandardContentInput } from '@blk/domain';
import {
  Alert,
  Anchor,
  Badge,
  Blockquote,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { lazy, Suspense, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDate, formatDateTime } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { MutationFailureFragment } from '../admin-common/failure';
import { ErrorAlert, type Status, StatusAlert } from '../admin-common/status-alert';
import { useViewer } from '../auth/viewer';
import { ConsultationCard } from '../consultation/consultation-card';
import { ConsultationFragment } from '../consultation/documents';
import { contentOf, itemsOf, ServiceStandardContentFields } from './content';
import { changedKeys } from './diff';
import type { Content } from './standard-diff';
import type { EditorFailure, EditorOutcome } from './standard-editor';
import { StandardTabs } from './standard-tabs';
import { StatusBadge } from './status-badge';
import { useStandardText } from './text';

// The draft editor (react-hook-form, the content schema's resolver, number inputs) loads only
// for a draft its reader may edit; every other reader gets the read-only tabs.
const StandardEditor = lazy(async () => ({
  default: (await import('./standard-editor')).StandardEditor,
}));

/** What a draft's save changes: its content and the public preview drawn from it. */
const DraftFields = graphql(
  `
  fragment ServiceStandard_DraftFields on ServiceStandardVersion @_unmask {
    id
    status
    updatedAt
    ...ServiceStandardContentFields
    publicPreview {
      completionWorkingDays
      components {
        key
        items
      }
    }
  }
`,
  [ServiceStandardContentFields],
);

/** What submitting, signing and publishing change. */
const SigningFields = graphql(`
  fragment ServiceStandard_SigningFields on ServiceStandardVersion @_unmask {
    id
    status
    approvedAt
    approvedBy {
      id
      name
    }
    effectiveAt
  }
`);

const VersionQuery = graphql(
  `
  query ServiceStandard_Version($id: ID!) {
    serviceStandardVersion(id: $id) {
      ...ServiceStandard_DraftFields
      ...ServiceStandard_SigningFields
      versionNo
      sopVersion {
        id
        versionNo
      }
      sopVersionInForce
      createdAt
      createdBy {
        id
        name
      }
      consultationMissing
      noConsultationReason
      consultations {
        ...ConsultationCard_PublicConsultationFragment
      }
    }
    serviceStandardVersions {
      id
      versionNo
      status
      ...ServiceStandardContentFields
    }
  }
`,
  [DraftFields, SigningFields, ServiceStandardContentFields, ConsultationFragment],
);

const UpdateMutation = graphql(
  `
  mutation ServiceStandard_Update(
    $id: ID!
    $expectedUpdatedAt: DateTime
    $input: UpdateServiceStandardDraftInput!
  ) {
    updateServiceStandardDraft(id: $id, expectedUpdatedAt: $expectedUpdatedAt, input: $input) {
      __typename
      ...ServiceStandard_DraftFields
      ...MutationFailure
    }
  }
`,
  [DraftFields, MutationFailureFragment],
);

const SubmitMutation = graphql(
  `
  mutation ServiceStandard_Submit($id: ID!) {
    submitServiceStandard(id: $id) {
      __typename
      ...ServiceStandard_SigningFields
      ...MutationFailure
    }
  }
`,
  [SigningFields, MutationFailureFragment],
);

const ApproveMutation = graphql(
  `
  mutation ServiceStandard_Approve($id: ID!) {
    approveServiceStandard(id: $id) {
      __typename
      ...ServiceStandard_SigningFields
      ...MutationFailure
    }
  }
`,
  [SigningFields, MutationFailureFragment],
);

const PublishMutation = graphql(
  `
  mutation ServiceStandard_Publish($id: ID!) {
    publishServiceStandard(id: $id) {
      __typename
      ...ServiceStandard_SigningFields
      ...MutationFailure
    }
  }
`,
  [SigningFields, MutationFailureFragment],
);

type Version = NonNullable<ResultOf<typeof VersionQuery>['serviceStandardVersion']>;

/** One version: edited while a draft, signed and published by the head of office, then read-only. */
export default function ServiceStandardVersionPage() {
  const { id = '' } = useParams();
  const t = useStandardText();
  const { lang, t: appText } = useI18n();
  const location = useLocation();
  const { viewer } = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: VersionQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<Status>(() => {
    const text = (location.state as { notice?: string } | null)?.notice;
    return text ? { ok: true, text } : null;
  });
  const [, update] = useMutation(UpdateMutation);
  const [, submit] = useMutation(SubmitMutation);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const back = (
    <Anchor component={Link} to="/standar-pelayanan">
      ← {t('back')}
    </Anchor>
  );

  if (fetching && !data) return <PageLoader />;
  const version = data?.serviceStandardVersion;
  if (!version) {
    return (
      <Stack>
        {back}
        <ErrorAlert
          message={
            error ? (error.graphQLErrors[0]?.message ?? appText('error.network')) : t('notFound')
          }
        />
      </Stack>
    );
  }
  const inForceVersion = data?.serviceStandardVersions.find(
    (v) => v.status === 'published' && v.id !== version.id,
  );
  const inForce = inForceVersion
    ? { versionNo: inForceVersion.versionNo, ...contentOf(inForceVersion) }
    : null;
  const jangkaWaktu =
    version.publicPreview.components.find((c) => c.key === 'jangka_waktu')?.items ?? [];
  const canManage = viewer?.can.manageServiceStandard === true;
  const canSign = canManage && viewer?.can.approveSop === true;
  // The draft as this page shows it: a save made by someone else since is not overwritten
  // (CONFLICT_STALE_VERSION, whose message says to reload).
  const loadedAt = version.updatedAt;

  const failureOf = (
    res: { error?: { graphQLErrors: { message: string }[]; message: string } },
    out: (EditorFailure & { __typename: string }) | undefined | null,
  ): EditorOutcome => ({
    ok: false,
    failure: out ?? { message: res.error?.graphQLErrors[0]?.message ?? appText('error.network') },
  });

  async function save(values: ServiceStandardContentInput): Promise<EditorOutcome> {
    setNotice(null);
    const res = await update({ id, expectedUpdatedAt: loadedAt, input: values });
    const out = res.data?.updateServiceStandardDraft;
    if (out?.__typename === 'ServiceStandardVersion') return { ok: true };
    return failureOf(res, out);
  }

  async function saveAndSubmit(values: ServiceStandardContentInput): Promise<EditorOutcome> {
    const saved = await save(values);
    if (!saved.ok) return saved;
    const res = await submit({ id });
    const out = res.data?.submitServiceStandard;
    if (out?.__typename === 'ServiceStandardVersion') {
      setNotice({ ok: true, text: t('submittedDone') });
      reload();
      return { ok: true };
    }
    return failureOf(res, out);
  }

  const current = contentOf(version);

  return (
    <Stack>
      {back}
      <Group gap="sm">
        <Title order={1} size="h2">
          {t('versionTitle', { no: version.versionNo })}
        </Title>
        <StatusBadge status={version.status} />
      </Group>
      <Stack gap={2}>
        <Text size="sm">
          {t('draftedBy', {
            name: version.createdBy?.name ?? '—',
            when: formatDateTime(version.createdAt, lang),
          })}
        </Text>
        {version.approvedBy ? (
          <Text size="sm">
            {t('signedBy', {
              name: version.approvedBy.name,
              when: formatDateTime(version.approvedAt, lang),
            })}
          </Text>
        ) : null}
        {version.effectiveAt ? (
          <Text size="sm">
            {t('effectiveSince', { when: formatDate(version.effectiveAt, lang) })}
          </Text>
        ) : null}
        <Text size="sm">{t('sopLink', { no: version.sopVersion.versionNo })}</Text>
      </Stack>
      {!version.sopVersionInForce && version.status !== 'superseded' ? (
        <Alert color="orange" role="status">
          {t('sopNotInForce')}
        </Alert>
      ) : null}
      <StatusAlert status={notice} onClose={() => setNotice(null)} closeLabel={t('closeNotice')} />
      <ConsultationCard
        target={{ serviceStandardVersionId: version.id }}
        consultations={version.consultations}
        noConsultationReason={version.noConsultationReason ?? null}
        consultationMissing={version.status === 'draft' && version.consultationMissing}
        editable={version.status === 'draft' && canManage}
        onChanged={reload}
      />
      {version.status === 'draft' && canManage ? (
        <Suspense fallback={<PageLoader />}>
          <StandardEditor
            key={version.id}
            versionNo={version.versionNo}
            initial={current as ServiceStandardContentInput}
            inForce={inForce}
            jangkaWaktu={jangkaWaktu}
            onSave={save}
            onSubmitForReview={saveAndSubmit}
            onReload={reload}
          />
        </Suspense>
      ) : (
        <>
          <SignerActions
            version={version}
            canSign={canSign}
            onDone={(text) => {
              setNotice(text);
              reload();
            }}
          />
          <StandardTabs
            versionNo={version.versionNo}
            isInForce={version.status === 'published'}
            effectiveAt={version.effectiveAt}
            inForce={inForce}
            jangkaWaktu={jangkaWaktu}
            current={current}
            content={<ReadOnlyContent version={version} inForce={inForce} />}
          />
        </>
      )}
    </Stack>
  );
}

/** The Maklumat Pelayanan under its heading, as signed. */
function Maklumat({ text }: { text: string }) {
  const t = useStandardText();
  return (
    <>
      <Title order={2} size="h4">
        {t('maklumat')}
      </Title>
      <Blockquote p="md">{text}</Blockquote>
    </>
  );
}

/** What the head of office does next: sign a submitted version, publish an approved one. */
const SIGNING_STEPS = {
  submitted: { kind: 'approve', hint: 'approveHint', done: 'approvedDone', wait: 'waitSigner' },
  approved: { kind: 'publish', hint: 'publishHint', done: 'publishedDone', wait: 'waitPublish' },
} as const;

/** The head of office signs a submitted version with its Maklumat, then publishes it. */
function SignerActions({
  version,
  canSign,
  onDone,
}: {
  version: Version;
  canSign: boolean;
  onDone: (notice: Status) => void;
}) {
  const t = useStandardText();
  const { t: appText } = useI18n();
  const [approving, approve] = useMutation(ApproveMutation);
  const [publishing, publish] = useMutation(PublishMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const inFlight = useRef(false);

  const step =
    version.status === 'submitted' || version.status === 'approved'
      ? SIGNING_STEPS[version.status]
      : null;
  const send = (kind: 'approve' | 'publish') =>
    kind === 'approve'
      ? approve({ id: version.id }).then((r) => ({
          error: r.error,
          out: r.data?.approveServiceStandard,
        }))
      : publish({ id: version.id }).then((r) => ({
          error: r.error,
          out: r.data?.publishServiceStandard,
        }));

  if (!step) {
    return (
      <Text size="sm" c="dimmed">
        {t('readOnly')}
      </Text>
    );
  }

  const act = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(null);
    try {
      const res = await send(step.kind);
      const out = res.out;
      if (out?.__typename === 'ServiceStandardVersion') {
        onDone({ ok: true, text: t(step.done) });
      } else {
        setFailure(
          out && 'message' in out
            ? out.message
            : (res.error?.graphQLErrors[0]?.message ?? appText('error.network')),
        );
      }
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        {canSign ? (
          <>
            <Text size="sm">{t(step.hint)}</Text>
            {step.kind === 'approve' ? <Maklumat text={version.maklumat} /> : null}
            <ErrorAlert message={failure} />
            <Group>
              <Button
                color={step.kind === 'publish' ? 'teal.9' : undefined}
                onClick={act}
                loading={step.kind === 'approve' ? approving.fetching : publishing.fetching}
                disabled={approving.fetching || publishing.fetching}
              >
                {t(step.kind)}
              </Button>
            </Group>
          </>
        ) : (
          <Text>{t(step.wait)}</Text>
        )}
      </Stack>
    </Paper>
  );
}

/** All 14 components, the Maklumat and the complaint answer time, as text. */
function ReadOnlyContent({
  version,
  inForce,
}: {
  version: Version;
  inForce: (Content & { versionNo: number }) | null;
}) {
  const t = useStandardText();
  const { pick } = useI18n();
  const byKey = itemsOf(version.components);
  const changed = inForce ? changedKeys(inForce.components, byKey) : new Set();
  const section = (published: boolean) =>
    SERVICE_STANDARD_COMPONENTS.map((c, i) => ({ ...c, no: i + 1 }))
      .filter((c) => c.published === published)
      .map((c) => (
        <Paper
          key={c.key}
          withBorder
          p="md"
          data-testid={`component-${c.key}`}
          style={changed.has(c.key) ? { borderColor: 'var(--mantine-color-orange-7)' } : undefined}
        >
          <Group gap="xs" mb="xs">
            <Title order={3} size="h5">
              {c.no}. {pick(c.name)}
            </Title>
            {changed.has(c.key) ? (
              <Badge variant="filled" color="yellow.3" autoContrast size="sm">
                {t('changedBadge')}
              </Badge>
            ) : null}
          </Group>
          <List>
            {(byKey[c.key] ?? []).map((item, i) => (
              <List.Item key={i}>{item}</List.Item>
            ))}
          </List>
        </Paper>
      ));
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('published6')}
      </Title>
      {section(true)}
      <Title order={2} size="h4">
        {t('internal8')}
      </Title>
      {section(false)}
      <Maklumat text={version.maklumat} />
      <Text>
        {t('responseDays')}: {t('responseDaysValue', { n: version.complaintResponseDays })}
      </Text>
    </Stack>
  );
}
