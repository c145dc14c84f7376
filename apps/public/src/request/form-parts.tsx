import { useQuery } from 'urql';
import { Link } from 'wouter';
import { FailureMessage } from '../components/feedback-message';
import { Field, fieldId } from '../components/fields';
import { graphql } from '../graphql';
import type { Strings } from '../i18n/dictionary';
import { useT } from '../i18n/lang';
import { failureOf } from '../lib/errors';
import type { RequestDraft, RequestField } from './draft';

/** The letter step and the review step, by number (0-based). */
export const LETTER_STEP = 4;
export const REVIEW_STEP = 5;

export const RegionsQuery = graphql(`
  query Request_Regions($parentCode: String) {
    regions(parentCode: $parentCode) {
      code
      name
      level
    }
  }
`);

export const ProgramsQuery = graphql(`
  query Request_Programs {
    programs(first: 100) {
      edges {
        node {
          id
          name
          durationDays
        }
      }
    }
  }
`);

export type Errors = Partial<Record<RequestField | 'letter', string>>;

/** The label a field carries on the form, for the error summary. */
export function fieldLabel(t: Strings, field: string): string {
  if (field === 'regionCode') return t.form.desa;
  if (field === 'programId') return t.form.programId;
  const label = (t.form as Record<string, unknown>)[field];
  return typeof label === 'string' ? label : field;
}

export interface StepProps {
  draft: RequestDraft;
  setDraft: (update: (d: RequestDraft) => RequestDraft) => void;
  set: (field: RequestField, value: string) => void;
  errors: Errors;
}

const LABEL_KEYS = {
  organizationName: 'organizationName',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  contactEmail: 'contactEmail',
  address: 'address',
  venueDetails: 'venueDetails',
  needDescription: 'needDescription',
  participantsExpected: 'participantsExpected',
  participantProfile: 'participantProfile',
  preferredStart: 'preferredStart',
  preferredEnd: 'preferredEnd',
  note: 'note',
} as const;

export function TextField({
  name,
  draft,
  set,
  errors,
  hint,
  optional,
  type = 'text',
  multiline,
  ...rest
}: Pick<StepProps, 'draft' | 'set' | 'errors'> & {
  name: keyof typeof LABEL_KEYS;
  hint?: string;
  optional?: boolean;
  type?: string;
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: 'tel' | 'numeric' | 'decimal' | 'email' | 'text';
  min?: string;
}) {
  const t = useT();
  return (
    <Field
      name={name}
      label={t.form[LABEL_KEYS[name]]}
      hint={hint}
      error={errors[name]}
      optional={optional ?? false}
    >
      {(p) =>
        multiline ? (
          <textarea
            {...p}
            rows={3}
            value={draft.values[name]}
            onChange={(e) => set(name, e.target.value)}
          />
        ) : (
          <input
            {...p}
            {...rest}
            type={type}
            value={draft.values[name]}
            onChange={(e) => set(name, e.target.value)}
          />
        )
      }
    </Field>
  );
}

export function RegionSelect({
  name,
  label,
  parentCode,
  value,
  disabledText,
  error,
  onPick,
}: {
  name: string;
  label: string;
  parentCode: string | null;
  value: string;
  disabledText?: string;
  error?: string | undefined;
  onPick: (code: string, name: string) => void;
}) {
  const t = useT();
  const paused = parentCode === '';
  const [{ data, fetching, error: failed }, refetch] = useQuery({
    query: RegionsQuery,
    variables: { parentCode },
    pause: paused,
  });
  return (
    <Field name={name} label={label} error={error}>
      {(p) => (
        <>
          <select
            {...p}
            value={value}
            disabled={paused}
            aria-busy={fetching}
            onChange={(e) => {
              const option = e.target.selectedOptions[0];
              onPick(e.target.value, option?.textContent ?? '');
            }}
          >
            <option value="">
              {paused ? disabledText : fetching ? t.net.loading : t.form.choose}
            </option>
            {data?.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
          {failed && !data ? (
            <FailureMessage
              failure={failureOf(failed)}
              onRetry={() => refetch({ requestPolicy: 'network-only' })}
            />
          ) : null}
        </>
      )}
    </Field>
  );
}

/** A progress bar with its percentage in words, announced politely to screen readers. */
export function UploadProgress({ percent, label }: { percent: number; label: string }) {
  return (
    <div className="upload-progress" role="status">
      <label>
        {label} {percent}%
        <progress max={100} value={percent} />
      </label>
    </div>
  );
}

/** The consent line (UU 27/2022), required by the shared schema before the request is sent. */
export function ConsentField({
  checked,
  set,
  error,
}: {
  checked: boolean;
  set: StepProps['set'];
  error: string | undefined;
}) {
  const t = useT();
  const id = fieldId('privacyConsent');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <p>
        <Link href="/privasi" target="_blank">
          {t.form.privacyLink}
        </Link>
      </p>
      <label htmlFor={id} className="checkbox">
        <input
          id={id}
          name="privacyConsent"
          type="checkbox"
          checked={checked}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => set('privacyConsent', e.target.checked ? 'true' : '')}
        />{' '}
        {t.form.privacyConsent}
      </label>
      {error ? (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
