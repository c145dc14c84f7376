import { useEffect } from 'react';
import { useQuery } from 'urql';
import { FailureMessage } from '../../components/feedback-message';
import { Field } from '../../components/fields';
import { useT } from '../../i18n/lang';
import { failureOf } from '../../lib/errors';
import { ProgramsQuery, type StepProps, TextField } from '../form-parts';

export function WhatStep({ draft, setDraft, set, errors }: StepProps) {
  const t = useT();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ProgramsQuery });
  const programs = data?.programs.edges.map((e) => e.node) ?? [];
  // A program chosen on the catalogue page arrives as an id; name it once the list is here.
  useEffect(() => {
    if (!draft.values.programId || draft.programLabel) return;
    const found = programs.find((p) => p.id === draft.values.programId);
    if (found) setDraft((d) => ({ ...d, programLabel: found.name }));
  }, [programs, draft.values.programId, draft.programLabel, setDraft]);
  return (
    <>
      <Field name="programId" label={t.form.programId} error={errors.programId}>
        {(p) => (
          <select
            {...p}
            value={draft.values.programId}
            aria-busy={fetching}
            onChange={(e) => {
              set('programId', e.target.value);
              const label = e.target.value ? (e.target.selectedOptions[0]?.textContent ?? '') : '';
              setDraft((d) => ({ ...d, programLabel: label }));
            }}
          >
            <option value="">{fetching ? t.net.loading : t.form.noProgram}</option>
            {programs.map((program) => (
              <option key={program.id} value={program.id}>
                {program.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {error && !data ? (
        <FailureMessage
          failure={failureOf(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : null}
      <TextField
        name="needDescription"
        hint={t.form.needHint}
        multiline
        optional={Boolean(draft.values.programId)}
        {...{ draft, set, errors }}
      />
      <TextField name="participantsExpected" inputMode="numeric" {...{ draft, set, errors }} />
      <TextField
        name="participantProfile"
        hint={t.form.participantProfileHint}
        multiline
        optional
        {...{ draft, set, errors }}
      />
    </>
  );
}
