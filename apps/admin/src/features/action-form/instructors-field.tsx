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

/** Picks instructors from the suggestions for the chosen dates, conflicts explained. */
export function InstructorsField(props: Props) {
  const { t } = useI18n();
  const useSuggestions = useContext(SuggestionsContext);
  const { suggestions, fetching } = useSuggestions(props.requestId, props.startDate, props.endDate);
  const datesChosen = ISO_DATE.test(props.startDate) && ISO_DATE.test(props.endDate);
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.value, id] : props.value.filter((v) => v !== id));

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
          suggestions.map((s) => {
            const serverConflicts = props.conflicts.filter(
              (c) => c.instructorId === s.instructorId,
            );
            return (
              <Stack key={s.instructorId} gap={2}>
                <Group gap="xs">
                  <Checkbox
                    label={s.name}
                    checked={props.value.includes(s.instructorId)}
                    onChange={(e) => toggle(s.instructorId, e.currentTarget.checked)}
                  />
                  <Badge variant="dot" tt="none" color={s.available ? 'green.8' : 'red.9'}>
                    {s.available ? t('instructors.available') : t('instructors.conflict')}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {t('instructors.meta', {
                      island: s.homeIsland,
                      count: s.assignmentsThisMonth,
                    })}
                  </Text>
                </Group>
                {[...s.conflicts.map((c) => c.message), ...serverConflicts.map((c) => c.message)]
                  .filter((m, i, all) => all.indexOf(m) === i)
                  .map((m) => (
                    <Text key={m} size="xs" c="red.9" pl={32}>
                      {m}
                    </Text>
                  ))}
              </Stack>
            );
          })
        )}
      </Stack>
    </Input.Wrapper>
  );
}
