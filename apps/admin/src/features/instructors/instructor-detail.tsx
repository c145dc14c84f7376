import { Alert, Badge, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDate } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { NO_TRUNCATE } from '../admin-common/badge';
import { MutationFailureFragment } from '../admin-common/failure';
import { type Status, StatusAlert, useOutcomeStatus } from '../admin-common/status-alert';
import { Certifications } from './certifications';
import { InstructorForm, type ProgramOption } from './instructor-form';
import {
  CompetencyFields,
  InstructorArchiveState,
  InstructorCertifications,
} from './instructor-fragments';
import { useInstructorText } from './text';

const InstructorQuery = graphql(
  `
  query Instructors_Detail($id: ID!) {
    instructor(id: $id) {
      id
      name
      nip
      phone
      email
      homeIsland
      active
      archivedAt
      competencies {
        ...CompetencyFields
      }
      ...InstructorCertifications
    }
  }
`,
  [CompetencyFields, InstructorCertifications],
);

const ArchiveInstructorMutation = graphql(
  `
  mutation Instructors_Archive($id: ID!) {
    archiveInstructor(id: $id) {
      __typename
      ...InstructorArchiveState
      ...MutationFailure
    }
  }
`,
  [InstructorArchiveState, MutationFailureFragment],
);

const RestoreInstructorMutation = graphql(
  `
  mutation Instructors_Restore($id: ID!) {
    restoreInstructor(id: $id) {
      __typename
      ...InstructorArchiveState
      ...MutationFailure
    }
  }
`,
  [InstructorArchiveState, MutationFailureFragment],
);

/** One instructor: details and competencies, certificates, archive/restore (confirmed). */
export function InstructorDetail({
  id,
  programs,
  onChanged,
}: {
  id: string;
  programs: readonly ProgramOption[];
  onChanged: () => void;
}) {
  const { lang } = useI18n();
  const t = useInstructorText();
  const [result] = useQuery({ query: InstructorQuery, variables: { id } });
  const [archiveState, archive] = useMutation(ArchiveInstructorMutation);
  const [restoreState, restore] = useMutation(RestoreInstructorMutation);
  const [status, setStatus] = useState<Status>(null);
  const outcomeStatus = useOutcomeStatus();
  const [confirming, setConfirming] = useState(false);

  const instructor = result.data?.instructor;
  if (result.fetching && !instructor) return <PageLoader />;
  if (result.error) {
    return (
      <Alert color="red" role="alert">
        {result.error.message}
      </Alert>
    );
  }
  if (!instructor) return <Text>{t('notFound')}</Text>;

  const report = (s: NonNullable<Status>) => {
    setStatus(s);
    if (s.ok) onChanged();
  };

  async function toggleArchived(name: string, archived: boolean) {
    const outcome = archived
      ? (await archive({ id })).data?.archiveInstructor
      : (await restore({ id })).data?.restoreInstructor;
    setConfirming(false);
    report(outcomeStatus(outcome, 'Instructor', t(archived ? 'archived' : 'restored', { name })));
  }

  const sending = archiveState.fetching || restoreState.fetching;
  return (
    <Stack>
      <Group gap="xs">
        <Badge
          variant="dot"
          tt="none"
          styles={NO_TRUNCATE}
          color={instructor.active ? 'green.9' : 'gray.7'}
        >
          {instructor.active
            ? t('active')
            : `${t('archivedState')} ${formatDate(instructor.archivedAt, lang)}`}
        </Badge>
      </Group>
      <StatusAlert status={status} onClose={() => setStatus(null)} />
      <Title order={3} size="h4">
        {t('details')}
      </Title>
      <InstructorForm
        key={`${instructor.id}`}
        instructor={instructor}
        programs={programs}
        onDone={(saved) => report({ ok: true, text: t('updated', { name: saved.name }) })}
      />
      <Divider />
      <Title order={3} size="h4">
        {t('certifications')}
      </Title>
      <Certifications
        instructorId={instructor.id}
        certifications={instructor.certifications}
        programs={programs}
        onStatus={report}
      />
      <Divider />
      {confirming ? (
        <Alert
          color="orange"
          role="alertdialog"
          aria-label={instructor.active ? t('archive') : t('restore')}
        >
          <Stack gap="xs">
            <Text size="sm">
              {t(instructor.active ? 'archiveConfirm' : 'restoreConfirm', {
                name: instructor.name,
              })}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                size="xs"
                loading={sending}
                disabled={sending}
                onClick={() => toggleArchived(instructor.name, instructor.active)}
              >
                {t('confirm')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <Group>
          <Button variant="default" onClick={() => setConfirming(true)}>
            {instructor.active ? t('archive') : t('restore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
