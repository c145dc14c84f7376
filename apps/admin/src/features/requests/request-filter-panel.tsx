import { REQUESTER_TYPE_LABELS, REQUESTER_TYPES } from '@blk/domain';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { FILTER_PARAM, type RequestFilters } from './filters';

const OptionsQuery = graphql(`
  query Requests_FilterOptions {
    regions {
      code
      name
    }
    programs(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    sopVersions {
      id
      status
      definition
    }
  }
`);

/** Steps of the SOP in force, for the state filter, in the SOP's order. */
function stepsOf(definition: unknown, lang: 'id' | 'en'): { value: string; label: string }[] {
  const steps = (definition as { steps?: { key: string; name?: { id: string; en: string } }[] })
    ?.steps;
  return (steps ?? []).map((s) => ({ value: s.key, label: s.name?.[lang] ?? s.key }));
}

/**
 * The filters of the request list, each kept in the URL (`setParam`): search (applied on submit
 * or when the box is left), step, region, program, requester type, dates and overdue only.
 */
export function RequestFilterPanel({
  filters,
  setParam,
  onReset,
}: {
  filters: RequestFilters;
  setParam: (key: string, value: string | undefined) => void;
  /** Clears every filter. */
  onReset: () => void;
}) {
  const { t, lang, pick } = useI18n();
  const [search, setSearch] = useState(filters.search ?? '');
  const [{ data: options }] = useQuery({ query: OptionsQuery });
  const published = options?.sopVersions.find((v) => v.status === 'published');
  const stateOptions = stepsOf(published?.definition, lang);
  const applySearch = (e: FormEvent) => {
    e.preventDefault();
    setParam(FILTER_PARAM.search, search.trim() || undefined);
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('filters.label')}>
      <form onSubmit={applySearch}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <TextInput
            label={t('filters.search')}
            placeholder={t('filters.searchHint')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            onBlur={() =>
              (search.trim() || undefined) !== filters.search &&
              setParam(FILTER_PARAM.search, search.trim() || undefined)
            }
          />
          <NativeSelect
            label={t('filters.state')}
            value={filters.states?.[0] ?? ''}
            onChange={(e) => setParam(FILTER_PARAM.states, e.currentTarget.value || undefined)}
            data={[{ value: '', label: t('filters.all') }, ...stateOptions]}
          />
          <NativeSelect
            label={t('filters.region')}
            value={filters.regionPrefix ?? ''}
            onChange={(e) =>
              setParam(FILTER_PARAM.regionPrefix, e.currentTarget.value || undefined)
            }
            data={[
              { value: '', label: t('filters.all') },
              ...(options?.regions ?? []).map((r) => ({ value: r.code, label: r.name })),
            ]}
          />
          <NativeSelect
            label={t('filters.program')}
            value={filters.programId ?? ''}
            onChange={(e) => setParam(FILTER_PARAM.programId, e.currentTarget.value || undefined)}
            data={[
              { value: '', label: t('filters.all') },
              ...(options?.programs.edges ?? []).map((e) => ({
                value: e.node.id,
                label: e.node.name,
              })),
            ]}
          />
          <NativeSelect
            label={t('filters.requesterType')}
            value={filters.requesterTypes?.[0] ?? ''}
            onChange={(e) =>
              setParam(FILTER_PARAM.requesterTypes, e.currentTarget.value || undefined)
            }
            data={[
              { value: '', label: t('filters.all') },
              ...REQUESTER_TYPES.map((type) => ({
                value: type,
                label: pick(REQUESTER_TYPE_LABELS[type]),
              })),
            ]}
          />
          <TextInput
            type="date"
            label={t('filters.from')}
            value={filters.submittedFrom ?? ''}
            onChange={(e) =>
              setParam(FILTER_PARAM.submittedFrom, e.currentTarget.value || undefined)
            }
          />
          <TextInput
            type="date"
            label={t('filters.to')}
            value={filters.submittedTo ?? ''}
            onChange={(e) => setParam(FILTER_PARAM.submittedTo, e.currentTarget.value || undefined)}
          />
          <Stack justify="flex-end" gap="xs">
            <Checkbox
              label={t('filters.overdue')}
              checked={filters.overdueOnly === true}
              onChange={(e) =>
                setParam(FILTER_PARAM.overdueOnly, e.currentTarget.checked ? 'true' : undefined)
              }
            />
            <Group gap="xs">
              <Button type="submit" size="xs">
                {t('filters.apply')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                onClick={() => {
                  setSearch('');
                  onReset();
                }}
              >
                {t('filters.reset')}
              </Button>
            </Group>
          </Stack>
        </SimpleGrid>
      </form>
    </Paper>
  );
}
