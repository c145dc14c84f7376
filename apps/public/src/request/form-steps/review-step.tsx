import { formatDate, REQUESTER_TYPE_LABELS, REQUESTER_TYPES } from '@blk/domain';
import { useLang, useLocalize, useT } from '../../i18n/lang';
import { ConsentField, LETTER_STEP, type StepProps } from '../form-parts';

export function ReviewStep({
  draft,
  set,
  errors,
  onEdit,
}: StepProps & { onEdit: (step: number) => void }) {
  const t = useT();
  const { lang } = useLang();
  const localize = useLocalize();
  const v = draft.values;
  const type = REQUESTER_TYPES.find((r) => r === v.requesterType);
  const rows: [number, string, string][] = [
    [0, t.form.requesterType, type ? localize(REQUESTER_TYPE_LABELS[type]) : ''],
    [0, t.form.organizationName, v.organizationName],
    [0, t.form.contactName, v.contactName],
    [0, t.form.contactPhone, v.contactPhone],
    [0, t.form.contactEmail, v.contactEmail],
    [1, t.form.desa, draft.regionLabel || v.regionCode],
    [1, t.form.address, v.address],
    [1, t.form.venueDetails, v.venueDetails],
    [2, t.form.programId, draft.programLabel || (v.programId ? v.programId : t.form.noProgram)],
    [2, t.form.needDescription, v.needDescription],
    [2, t.form.participantsExpected, v.participantsExpected],
    [2, t.form.participantProfile, v.participantProfile],
    [3, t.form.preferredStart, v.preferredStart ? formatDate(v.preferredStart, lang) : ''],
    [3, t.form.preferredEnd, v.preferredEnd ? formatDate(v.preferredEnd, lang) : ''],
    [3, t.form.note, v.note],
    [LETTER_STEP, t.form.letter, draft.letter?.fileName ?? draft.localLetter?.fileName ?? ''],
  ];
  return (
    <>
      <p>{t.form.reviewIntro}</p>
      {[0, 1, 2, 3, LETTER_STEP].map((step) => (
        <section key={step} className="review-group">
          <h3>
            {t.form.steps[step]}{' '}
            <button type="button" className="link-button" onClick={() => onEdit(step)}>
              {t.common.edit}
              <span className="visually-hidden"> {t.form.steps[step]}</span>
            </button>
          </h3>
          <dl className="facts">
            {rows
              .filter(([s, , value]) => s === step && value.trim() !== '')
              .map(([, label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <ConsentField
        checked={draft.values.privacyConsent === 'true'}
        set={set}
        error={errors.privacyConsent}
      />
    </>
  );
}
