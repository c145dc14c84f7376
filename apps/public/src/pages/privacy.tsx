import { PRIVACY_NOTICE_VERSION } from '@blk/domain';
import { useT } from '../i18n/lang';

/** The privacy notice (UU 27/2022): what is collected, why, who sees it, how long, whom to ask. */
export default function PrivacyPage() {
  const t = useT();
  return (
    <article>
      <h1>{t.privacy.title}</h1>
      <p className="hint">{t.privacy.version(PRIVACY_NOTICE_VERSION)}</p>
      {t.privacy.sections.map((s) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          <p>{s.body}</p>
        </section>
      ))}
    </article>
  );
}
