import { Badge, Checkbox, Group, Input, Loader, Stack, Text } from '@mantine/core';
import { createContext, useContext } from 'react';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';

export const InstructorSuggestionsQuery = graphql(`
  query RequestDetail_InstructorSuggestions($requestId: ID!, $startDate: Date!, $endDate: Date!) {
    instructorSuggestions(requestId: $requestId, startDate: $startDate, endDate: $endDate) {
      instructorId
      name
      homeIsland
      available
      sameIsland
      certificateValid
      assignmentsThisMonth
      conflicts {
        kind
        message
      }
    }
  }
`);

export type Suggestion = ResultOf<
  typeof InstructorSuggestionsQuery
>['instructorSuggestions'][number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Instructor suggestions for dates; a context so tests can feed their own. */
export type UseSuggestions = (
  requestId: string,
  startDate: string,
  endDate: string,
) => { suggestions: Suggestion[]; fetching: boolean };

const useSuggestionsFromApi: UseSuggestions = (requestId, startDate, endDate) => {
  const ready = ISO_DATE.test(startDate) && ISO_DATE.test(endDate) && startDate <= endDate;
  const [{ data, fetching }] = useQuery({
    query: InstructorSuggestionsQuery,
    variables: { requestId, startDate, endDate },
    pause: !ready,
    requestPolicy: 'cache-and-network',
  });
  return { suggestions: ready ? (data?.instructorSuggestions ?? []) : [], fetching };
};

export const SuggestionsContext = createContext<UseSuggestions>(useSuggestionsFromApi);

interface Props {
  label: string;
  required: boolean;
  error: string | undefined;
  requestId: string;
  startDate: string;
  endDate: string;
  value: string[];
  onChange: (ids: string[]) => void;
  /** Conflicts the server reported for the last attempt. */
  conflicts: { instructorId: string; message: string }[];
}

const CONFLICT_KINDS = [
  'DOUBLE_BOOKING',
  'NOT_QUALIFIED',
  'NO_CERTIFICATE',
  'CERTIFICATE_EXPIRED',
  'INTER_ISLAND_TRAVEL',
] as const;
type ConflictKind = (typeof CONFLICT_KINDS)[number];
const isKnownKind = (kind: string): kind is ConflictKind =>
  (CONFLICT_KINDS as readonly string[]).includes(kind);

/** Conflict-free instructors first; the server's order (its ranking) is kept otherwise. */
export function availableFirst(suggestions: readonly Suggestion[]): Suggestion[] {
  return [...suggestions.filter((s) => s.available), ...suggestions.filter((s) => !s.available)];
}

/**
 * Picks instructors from the suggestions for the chosen dates, conflicts explained. Every
 * conflict kind blocks the schedule on the server, so an instructor with one stays tickable (the
 * suggestion may be stale) but is flagged as one the schedule will be refused for.
 */
export function InstructorsField(props: Props) {
  const { t } = useI18n();
  const useSuggestions = useContext(SuggestionsContext);
  const { suggestions, fetching } = useSuggestions(props.requestId, props.startDate, props.endDate);
  const datesChosen = ISO_DATE.test(props.startDate) && ISO_DATE.test(props.endDate);
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.value, id] : props.value.filter((v) => v !== id));
  /** The server's explanation, or ours for the kind when it sent none. */
  const explain = (c: { kind: string; message: string }) =>
    c.message.trim() || (isKnownKind(c.kind) ? t(`instructors.kind.${c.kind}`) : c.kind);

  return (
    <Input.Wrapper label={props.label} required={props.required} error={props.error}>
      <Stack gap={6} mt={4} role="group" aria-label={props.label}>
        {!datesChosen ? (
          <Text size="sm" c="dimmed">
            {t('instructors.pickDates')}
          </Text>
        ) : fetching && suggestions.length === 0 ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : suggestions.length === 0 ? (
          <Text size="sm">{t('instructors.none')}</Text>
        ) : (
          availableFirst(suggestions).map((s) => {
            const serverConflicts = props.conflicts.filter(
              (c) => c.instructorId === s.instructorId,
            );
            const reasons = [
              ...s.conflicts.map(explain),
              ...serverConflicts.map((c) => c.message),
            ].filter((m, i, all) => m && all.indexOf(m) === i);
            const selected = props.value.includes(s.instructorId);
            const flagged = selected && reasons.length > 0;
            const reasonsId = `conflicts-${s.instructorId}`;
            return (
              <Stack key={s.instructorId} gap={2} data-testid="instructor-suggestion">
                <Group gap="xs">
                  <Checkbox
                    label={s.name}
                    checked={selected}
                    aria-invalid={flagged || undefined}
                    aria-describedby={reasons.length > 0 ? reasonsId : undefined}
                    onChange={(e) => toggle(s.instructorId, e.currentTarget.checked)}
                  />
                  <Badge variant="dot" tt="none" color={reasons.length === 0 ? 'green.8' : 'red.9'}>
                    {reasons.length === 0 ? t('instructors.available') : t('instructors.conflict')}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {t('instructors.meta', {
                      island: s.homeIsland,
                      count: s.assignmentsThisMonth,
                    })}
                  </Text>
                </Group>
                {reasons.length > 0 ? (
                  <Stack gap={0} pl={32} id={reasonsId}>
                    {reasons.map((m) => (
                      <Text key={m} size="xs" c="red.9">
                        {m}
                      </Text>
                    ))}
                    {flagged ? (
                      <Text size="xs" fw={700} c="red.9" data-testid="conflict-flag">
                        {t('instructors.selectedWithConflict')}
                      </Text>
                    ) : null}
                  </Stack>
                ) : null}
              </Stack>
            );
          })
        )}
      </Stack>
    </Input.Wrapper>
  );
}
