import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useMutation } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import type { SubmitOutcome } from '../action-form/action-form';
import { MutationFailureFragment } from '../admin-common/failure';
import type { RequestDetail } from './request-detail-page';

// The action form (zod, react-hook-form, the SOP's generated fields) loads after the request, so
// the request page's first load stays within the budget (bench/admin-bundle.mjs).
const ActionForm = lazy(async () => ({
  default: (await import('../action-form/action-form')).ActionForm,
}));

const TransitionMutation = graphql(
  `
  mutation RequestDetail_Transition(
    $id: ID!
    $action: String!
    $input: JSON
    $expectedVersion: Int!
  ) {
    transitionTrainingRequest(
      id: $id
      action: $action
      input: $input
      expectedVersion: $expectedVersion
    ) {
      __typename
      ... on TrainingRequest {
        id
        version
        state
        stepName
      }
      ...MutationFailure
      ... on TransitionRefusedError {
        reasons {
          code
          field
          message
        }
      }
      ... on ScheduleConflictError {
        conflicts {
          instructorId
          instructorName
          kind
          message
        }
      }
    }
  }
`,
  [MutationFailureFragment],
);

interface Props {
  request: RequestDetail;
  onReload: () => void;
}

/**
 * The current SOP step with its mutu baku (kelengkapan, waktu, output), and only the actions
 * the server says this user may take now.
 */
export function StepPanel({ request, onReload }: Props) {
  const { t } = useI18n();
  const [, transition] = useMutation(TransitionMutation);
  const [chosen, setChosen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const step = request.currentStep;
  const actions = request.availableActions;
  const action =
    actions.find((a) => a.key === chosen) ?? (actions.length === 1 ? actions[0] : undefined);

  async function submit(actionKey: string, input: Record<string, unknown>): Promise<SubmitOutcome> {
    const result = await transition({
      id: request.id,
      action: actionKey,
      input,
      expectedVersion: request.version,
    });
    const outcome = result.data?.transitionTrainingRequest;
    if (!outcome) {
      return {
        ok: false,
        networkError: result.error?.graphQLErrors[0]?.message ?? t('error.network'),
      };
    }
    if (outcome.__typename === 'TrainingRequest') return { ok: true, stepName: outcome.stepName };
    return { ok: false, failure: outcome };
  }

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="step-h">
      <Stack gap="sm">
        <div>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('step.current')}
          </Text>
          <Title order={2} size="h4" id="step-h">
            {step?.name ?? request.stepName}
          </Title>
        </div>
        {step ? (
          <>
            <Text size="sm">{step.description}</Text>
            <Group gap="xl">
              <div>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('step.role')}
                </Text>
                <Text size="sm">{step.roleName}</Text>
              </div>
              <div>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('step.time')}
                </Text>
                <Text size="sm">{step.timeStandard?.label ?? '—'}</Text>
              </div>
            </Group>
            <div>
              <Text size="xs" c="dimmed" fw={600}>
                {t('step.inputs')}
              </Text>
              {step.documents.length + step.requiredInputs.length > 0 ? (
                <List size="sm">
                  {step.documents.map((d) => (
                    <List.Item key={d}>{d}</List.Item>
                  ))}
                  {step.requiredInputs.map((i) => (
                    <List.Item key={i.key}>
                      {i.label}
                      {i.required ? '' : ` (${t('form.optional')})`}
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm">—</Text>
              )}
            </div>
            <div>
              <Text size="xs" c="dimmed" fw={600}>
                {t('step.output')}
              </Text>
              <Text size="sm">{step.output}</Text>
            </div>
          </>
        ) : null}

        {done ? (
          <Alert
            color="green"
            role="status"
            withCloseButton
            closeButtonLabel={t('detail.closeMessage')}
            onClose={() => setDone(null)}
          >
            {t('action.done', { step: done })}
          </Alert>
        ) : null}

        {actions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('step.noActions')}
          </Text>
        ) : (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('step.actions')}
            </Title>
            {actions.length > 1 ? (
              <Group gap="xs" role="group" aria-label={t('step.actions')}>
                {actions.map((a) => (
                  <Button
                    key={a.key}
                    size="xs"
                    variant={action?.key === a.key ? 'filled' : 'outline'}
                    color={a.branch === 'no' || /reject/.test(a.key) ? 'red' : undefined}
                    aria-pressed={action?.key === a.key}
                    onClick={() => setChosen(a.key)}
                  >
                    {a.label}
                  </Button>
                ))}
              </Group>
            ) : null}
            {action ? (
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  {t('action.leadsTo', { step: action.toStepName })}
                </Text>
                <Suspense fallback={<PageLoader />}>
                  <ActionForm
                    key={`${action.key}-${request.version}`}
                    action={action}
                    requestId={request.id}
                    submit={(input) => submit(action.key, input)}
                    onDone={(stepName) => {
                      setChosen(null);
                      setDone(stepName);
                      onReload();
                    }}
                    onReload={onReload}
                    autoFocus={chosen === action.key}
                  />
                </Suspense>
              </Stack>
            ) : null}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
