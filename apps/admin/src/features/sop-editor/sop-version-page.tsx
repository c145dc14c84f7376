import { REQUESTER_LANE, type SopDefinition, SYSTEM_LANE } from '@blk/sop';
import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDateTime } from '../../lib/format';
import { readFragment } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { NO_TRUNCATE } from '../admin-common/badge';
import { useViewer } from '../auth/viewer';
import { ConsultationCard } from '../consultation/consultation-card';
import { formatPeriod } from '../sop-review/period';
import { SopVersionFieldsFragment, SopVersionQuery } from './documents';
import { STATUS_COLOR } from './status';
import { useSopEditorText } from './text';
import { VersionReview } from './version-review';

// The editor (the step table, its forms, the live check) loads only for a draft its reader may
// edit; every other reader gets the review.
const DraftEditor = lazy(async () => ({ default: (await import('./draft-editor')).DraftEditor }));

const LANE_LABELS = {
  [REQUESTER_LANE]: { id: 'Pemohon', en: 'Requester' },
  [SYSTEM_LANE]: { id: 'Sistem', en: 'System' },
} as const;

/** One SOP version: the editor while it is a draft, the review (sign, put in force) after. */
export default function SopVersionPage() {
  const { id = '' } = useParams();
  const { lang } = useI18n();
  const t = useSopEditorText();
  const { viewer } = useViewer();
  const client = useClient();
  const [generation, setGeneration] = useState(0);
  const [{ data, fetching, error }] = useQuery({ query: SopVersionQuery, variables: { id } });

  const roleLabels = useMemo(() => {
    const labels: Record<string, string> = {};
    for (const r of data?.roles ?? [])
      labels[r.key] = lang === 'en' ? (r.nameEn ?? r.name) : r.name;
    for (const [key, label] of Object.entries(LANE_LABELS)) labels[key] = label[lang];
    return labels;
  }, [data?.roles, lang]);
  const roles = useMemo(
    () => Object.entries(roleLabels).map(([value, label]) => ({ value, label })),
    [roleLabels],
  );

  if (fetching && !data) return <PageLoader />;
  if (error || !data?.sopVersion) {
    return (
      <Alert color="red" role="alert">
        {error?.graphQLErrors[0]?.message ?? error?.message ?? t('notFound')}
      </Alert>
    );
  }
  const version = readFragment(SopVersionFieldsFragment, data.sopVersion);
  // The version in force, that this one is compared with.
  const inForce = data.sopVersions.find((v) => v.status === 'published');
  const base = (inForce?.definition as SopDefinition | undefined) ?? null;
  const baseNo = inForce?.versionNo ?? null;
  const can = viewer?.can;
  const editable = version.status === 'draft' && Boolean(can?.draftSop);
  const refetch = () =>
    client.query(SopVersionQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
  // After a consultation changed: fetch the version again, keeping the editor's unsaved edits.
  const refresh = () => void refetch();
  const consultation = (
    <ConsultationCard
      target={{ sopVersionId: version.id }}
      consultations={version.consultations}
      noConsultationReason={version.noConsultationReason ?? null}
      consultationMissing={version.status === 'draft' && version.consultationMissing}
      editable={editable}
      onChanged={refresh}
    />
  );
  // After a stale save: fetch what is stored, then start the editor again from it.
  const reload = async () => {
    await refetch();
    setGeneration((g) => g + 1);
  };

  return (
    <Stack>
      <Anchor component={Link} to="/sop/versi" size="sm">
        ← {t('back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1} size="h2">
          {t('versionTitle', { no: version.versionNo })}
        </Title>
        <Badge color={STATUS_COLOR[version.status]} styles={NO_TRUNCATE}>
          {t(version.status)}
        </Badge>
      </Group>
      <Text size="sm">
        {t('meta', {
          author: version.createdBy?.name ?? '—',
          date: formatDateTime(version.createdAt, lang),
        })}
        {version.approvedBy
          ? ` · ${t('signedMeta', { name: version.approvedBy.name, date: formatDateTime(version.approvedAt, lang) })}`
          : ''}
      </Text>
      {version.sourceReview ? (
        <Anchor component={Link} to={`/sop/evaluasi/${version.sourceReview.id}`} size="sm">
          {t('fromReview', {
            period: formatPeriod(
              version.sourceReview.periodFrom,
              version.sourceReview.periodTo,
              lang,
            ),
          })}
        </Anchor>
      ) : null}
      {!editable && version.changeNote ? (
        <Text size="sm">
          <strong>{t('changeNote')}:</strong> {version.changeNote}
        </Text>
      ) : null}
      {editable ? (
        <Suspense fallback={<PageLoader />}>
          <DraftEditor
            key={generation}
            version={data.sopVersion}
            base={base}
            baseNo={baseNo}
            roles={roles}
            roleLabels={roleLabels}
            onReload={reload}
            consultation={consultation}
          />
        </Suspense>
      ) : (
        <VersionReview
          version={data.sopVersion}
          base={base}
          baseNo={baseNo}
          roleLabels={roleLabels}
          canApprove={Boolean(can?.approveSop)}
          consultation={consultation}
        />
      )}
    </Stack>
  );
}
