import { type SopReviewRating, sopReviewSchema } from '@blk/sop';
import {
  ActionIcon,
  Anchor,
  Button,
  Fieldset,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { z } from 'zod';
import { PageLoader } from '../../components/page-loader';
import { formatDateTime, formatDays } from '../../lib/format';
import type { ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { FormScaffold, useScaffoldForm } from '../admin-common/form-scaffold';
import { PageHeader } from '../admin-common/page-header';
import { ErrorAlert } from '../admin-common/status-alert';
import { RecordSopReviewMutation, SopReviewPrefillQuery } from './documents';
import { useSopReviewText } from './text';

type FormInput = z.input<typeof sopReviewSchema>;
type Prefill = ResultOf<typeof SopReviewPrefillQuery>['sopReviewPrefill'];

const RATINGS: readonly SopReviewRating[] = ['berjalan_baik', 'tidak_berjalan_baik'];

/** The form's values from the figures: the suggested rating and the note stating the figures. */
export function valuesFromPrefill(prefill: Prefill): FormInput {
  return {
    sopVersionId: prefill.sopVersionId,
    periodFrom: prefill.periodFrom,
    periodTo: prefill.periodTo,
    steps: prefill.steps.map((s) => ({
      stepKey: s.stepKey,
      // No figures, no suggestion: the reviewer must choose (the schema refuses a blank).
      rating: (s.suggestedRating ?? undefined) as SopReviewRating,
      note: s.note,
      correctiveAction: '',
    })),
    actions: [],
    conclusion: '',
  };
}

/**
 * A new review of a version over a period (kepala seksi): each office step prefilled with its
 * on-time share and median time and a suggested rating, the period's complaints, then the
 * reviewer's rating, note and corrective action per step, the follow-up actions and a conclusion.
 * Checked with the API's own schema (`sopReviewSchema`) before anything is sent.
 */
export function SopReviewForm({ prefill, versionNo }: { prefill: Prefill; versionNo: number }) {
  const { lang } = useI18n();
  const t = useSopReviewText();
  const navigate = useNavigate();
  const [, record] = useMutation(RecordSopReviewMutation);
  const [period, setPeriod] = useState<{ from: string; to: string }>();
  const scaffold = useScaffoldForm({
    schema: sopReviewSchema,
    defaultValues: valuesFromPrefill(prefill),
    fields: ['periodFrom', 'periodTo'],
    send: async (values, refuse) => {
      const input = {
        ...values,
        // A corrective action belongs to a step that did not run well.
        steps: values.steps.map((s) =>
          s.rating === 'tidak_berjalan_baik' ? s : { ...s, correctiveAction: undefined },
        ),
      };
      const result = await record({ input });
      const outcome = result.data?.recordSopReview;
      if (outcome?.__typename !== 'SopReview') return refuse(outcome);
      navigate(`/sop/evaluasi/${outcome.id}`, { state: { recorded: true } });
    },
  });
  const { form, bind, err } = scaffold;
  // Another period's figures: the ratings start again from them; actions and conclusion stay.
  const [{ data: other, fetching: recomputing }] = useQuery({
    query: SopReviewPrefillQuery,
    variables: {
      sopVersionId: prefill.sopVersionId,
      from: period?.from ?? null,
      to: period?.to ?? null,
    },
    pause: !period,
    requestPolicy: 'network-only',
  });
  const shown = (period && other?.sopReviewPrefill) || prefill;
  useEffect(() => {
    if (shown === prefill) return;
    const { actions, conclusion } = form.getValues();
    form.reset({ ...valuesFromPrefill(shown), actions, conclusion });
  }, [shown, prefill, form]);

  const ratings = form.watch('steps');
  const actions = form.watch('actions');
  return (
    <FormScaffold
      scaffold={scaffold}
      submitLabel={t('record')}
      onCancel={() => navigate('/sop/evaluasi')}
      intro={
        <>
          <Anchor component={Link} to="/sop/evaluasi" size="sm">
            {t('back')}
          </Anchor>
          <PageHeader title={t('formTitle', { no: versionNo })} hint={t('formIntro')} />
        </>
      }
    >
      <Group align="flex-end">
        <TextInput type="date" label={t('periodFrom')} required {...bind('periodFrom')} />
        <TextInput type="date" label={t('periodTo')} required {...bind('periodTo')} />
        <Button
          variant="default"
          loading={recomputing}
          onClick={() =>
            setPeriod({ from: form.getValues('periodFrom'), to: form.getValues('periodTo') })
          }
        >
          {t('reload')}
        </Button>
      </Group>
      <Text size="sm" role="status">
        {t('requestCount', { n: shown.requestCount })}
      </Text>
      <Title order={2} size="h3">
        {t('stepsTitle')}
      </Title>
      {shown.steps.map((step, i) => {
        const bad = ratings[i]?.rating === 'tidak_berjalan_baik';
        const pct = step.onTimeShare === null ? null : Math.round(step.onTimeShare * 100);
        return (
          <Fieldset key={step.stepKey} legend={`${i + 1}. ${step.name}`}>
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('figures', {
                  role: step.roleName,
                  standard: step.standard,
                  onTime:
                    pct === null
                      ? t('noFigures')
                      : t('onTime', { onTime: step.onTime, measured: step.measured, pct }),
                  median:
                    step.medianWorkingDays === null
                      ? t('noFigures')
                      : t('days', { n: formatDays(step.medianWorkingDays, lang) }),
                })}
              </Text>
              <Controller
                control={form.control}
                name={`steps.${i}.rating`}
                render={({ field, fieldState }) => (
                  <Radio.Group
                    label={t('rating')}
                    description={
                      step.suggestedRating
                        ? t('suggested', { rating: t(step.suggestedRating) })
                        : undefined
                    }
                    required
                    value={field.value ?? null}
                    onChange={(v) => field.onChange(v)}
                    error={err(fieldState.error?.message)}
                  >
                    <Group mt={4}>
                      {RATINGS.map((r) => (
                        <Radio key={r} value={r} label={t(r)} />
                      ))}
                    </Group>
                  </Radio.Group>
                )}
              />
              <SimpleGrid cols={{ base: 1, md: bad ? 2 : 1 }}>
                <Textarea
                  label={t('note')}
                  required
                  autosize
                  minRows={1}
                  {...bind(`steps.${i}.note`)}
                />
                {bad ? (
                  <Textarea
                    label={t('correctiveAction')}
                    required
                    autosize
                    minRows={1}
                    {...bind(`steps.${i}.correctiveAction`)}
                  />
                ) : null}
              </SimpleGrid>
            </Stack>
          </Fieldset>
        );
      })}
      <Title order={2} size="h3" id="sop-review-complaints-h">
        {t('complaintsTitle')}
      </Title>
      {shown.complaints.length === 0 ? (
        <Text size="sm">{t('noComplaints')}</Text>
      ) : (
        <Table withTableBorder aria-labelledby="sop-review-complaints-h">
          <Table.Tbody>
            {shown.complaints.map((c) => (
              <Table.Tr key={c.trackingCode}>
                <Table.Td>{c.trackingCode}</Table.Td>
                <Table.Td>{formatDateTime(c.receivedAt, lang)}</Table.Td>
                <Table.Td>{c.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Fieldset legend={t('actionsTitle')}>
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('actionsHint')}
          </Text>
          {actions.map((_, i) => (
            <Group key={i} align="flex-end" wrap="nowrap">
              <Textarea
                label={t('action', { no: i + 1 })}
                required
                autosize
                minRows={1}
                style={{ flex: 1 }}
                {...bind(`actions.${i}`)}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('removeAction', { no: i + 1 })}
                onClick={() =>
                  form.setValue(
                    'actions',
                    form.getValues('actions').filter((_a, j) => j !== i),
                  )
                }
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() => form.setValue('actions', [...form.getValues('actions'), ''])}
            >
              {t('addAction')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Textarea label={t('conclusion')} autosize minRows={2} {...bind('conclusion')} />
    </FormScaffold>
  );
}

/** `/sop/evaluasi/baru/:versionId`: loads the figures from the last review (or the version's start) to today. */
export default function SopReviewFormPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: SopReviewPrefillQuery,
    variables: { sopVersionId: id, from: null, to: null },
    requestPolicy: 'network-only',
  });
  if (fetching && !data) return <PageLoader />;
  if (error || !data) {
    return <ErrorAlert message={error?.graphQLErrors[0]?.message ?? error?.message} />;
  }
  return (
    <SopReviewForm prefill={data.sopReviewPrefill} versionNo={data.sopVersion?.versionNo ?? 0} />
  );
}
