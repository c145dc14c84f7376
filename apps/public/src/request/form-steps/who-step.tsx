import { REQUESTER_TYPE_LABELS, REQUESTER_TYPES } from '@blk/domain';
import { fieldId } from '../../components/fields';
import { useLocalize, useT } from '../../i18n/lang';
import { type StepProps, TextField } from '../form-parts';

export function WhoStep({ draft, set, errors }: StepProps) {
  const t = useT();
  const localize = useLocalize();
  const v = draft.values;
  return (
    <>
      <fieldset
        id={fieldId('requesterType')}
        tabIndex={-1}
        className={errors.requesterType ? 'field field-invalid' : 'field'}
        aria-describedby={errors.requesterType ? `${fieldId('requesterType')}-error` : undefined}
      >
        <legend>{t.form.requesterType}</legend>
        <div className="choices">
          {REQUESTER_TYPES.map((type) => (
            <label key={type} className="choice">
              <input
                type="radio"
                name="requesterType"
                value={type}
                checked={v.requesterType === type}
                onChange={() => set('requesterType', type)}
              />
              {localize(REQUESTER_TYPE_LABELS[type])}
            </label>
          ))}
        </div>
        {errors.requesterType ? (
          <p className="error" id={`${fieldId('requesterType')}-error`}>
            {errors.requesterType}
          </p>
        ) : null}
      </fieldset>
      <TextField
        name="organizationName"
        hint={t.form.organizationHint}
        {...{ draft, set, errors }}
      />
      <TextField name="contactName" autoComplete="name" {...{ draft, set, errors }} />
      <TextField
        name="contactPhone"
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        hint={t.form.contactPhoneHint}
        {...{ draft, set, errors }}
      />
      <TextField
        name="contactEmail"
        type="email"
        autoComplete="email"
        optional
        {...{ draft, set, errors }}
      />
    </>
  );
}
