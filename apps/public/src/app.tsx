import type { Lang } from '@blk/domain';
import { lazy, Suspense, useMemo } from 'react';
import { Provider } from 'urql';
import { Link, Route, Switch, useLocation } from 'wouter';
import { Loading } from './components/feedback-message';
import { OfflineBanner } from './components/online';
import { LangProvider, useLang, useT } from './i18n/lang';
import { createClient } from './lib/client';

const HomePage = lazy(() => import('./pages/home'));
const ProgramsPage = lazy(() => import('./pages/programs'));
const ProgramPage = lazy(() => import('./pages/program'));
const RequestPage = lazy(() => import('./request/request-page'));
const ConfirmationPage = lazy(() => import('./pages/confirmation'));
const TrackPage = lazy(() => import('./pages/track'));
const SurveyPage = lazy(() => import('./pages/survey'));
const FeedbackPage = lazy(() => import('./pages/feedback'));
const StandardPage = lazy(() => import('./pages/standard'));
const PerformancePage = lazy(() => import('./pages/performance'));
const PrivacyPage = lazy(() => import('./pages/privacy'));

/** Paths of the pages, in Bahasa Indonesia like the service itself. */
export const PATHS = {
  home: '/',
  programs: '/program',
  request: '/ajukan',
  confirmation: '/terkirim',
  track: '/lacak',
  survey: '/survei',
  feedback: '/pengaduan',
  standard: '/standar-pelayanan',
  performance: '/kinerja',
  privacy: '/privasi',
} as const;

function NavLink({ href, children }: { href: string; children: string }) {
  const [location] = useLocation();
  const current = href === '/' ? location === '/' : location.startsWith(href);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useT();
  // Each language named in itself, so a reader finds theirs whatever is chosen now.
  const names: Record<Lang, string> = { id: 'Bahasa Indonesia', en: 'English' };
  return (
    <label className="lang">
      <span className="visually-hidden">{t.language}</span>
      <select
        className="lang-select"
        value={lang}
        onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'id')}
      >
        {(Object.keys(names) as Lang[]).map((l) => (
          <option key={l} value={l} lang={l}>
            {names[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

function NotFound() {
  const t = useT();
  return (
    <>
      <h1>{t.common.notFound}</h1>
      <p>
        <Link href="/">{t.common.toHome}</Link>
      </p>
    </>
  );
}

function Shell() {
  const t = useT();
  const { lang } = useLang();
  // One client per language: cached answers are in the language they were asked in.
  const client = useMemo(() => createClient(lang), [lang]);
  return (
    <Provider value={client}>
      <a className="skip" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="brand-row">
          <Link href="/" className="brand">
            <span className="brand-name">{t.serviceName}</span>
            <span className="brand-tagline">{t.serviceTagline}</span>
          </Link>
          <LanguageSwitch />
        </div>
        <nav aria-label={t.menu}>
          <ul>
            <li>
              <NavLink href={PATHS.home}>{t.nav.home}</NavLink>
            </li>
            <li>
              <NavLink href={PATHS.programs}>{t.nav.programs}</NavLink>
            </li>
            <li>
              <NavLink href={PATHS.request}>{t.nav.request}</NavLink>
            </li>
            <li>
              <NavLink href={PATHS.track}>{t.nav.track}</NavLink>
            </li>
            <li>
              <NavLink href={PATHS.standard}>{t.nav.standard}</NavLink>
            </li>
            <li>
              <NavLink href={PATHS.feedback}>{t.nav.feedback}</NavLink>
            </li>
            <li>
              <NavLink href={PATHS.performance}>{t.nav.performance}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <OfflineBanner />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path={PATHS.home} component={HomePage} />
            <Route path={PATHS.programs} component={ProgramsPage} />
            <Route path={`${PATHS.programs}/:code`} component={ProgramPage} />
            <Route path={PATHS.request} component={RequestPage} />
            <Route path={PATHS.confirmation} component={ConfirmationPage} />
            <Route path={PATHS.track} component={TrackPage} />
            <Route path={PATHS.survey} component={SurveyPage} />
            <Route path={PATHS.feedback} component={FeedbackPage} />
            <Route path={PATHS.standard} component={StandardPage} />
            <Route path={PATHS.performance} component={PerformancePage} />
            <Route path={PATHS.privacy} component={PrivacyPage} />
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t.footer.office}</p>
        <p>{t.footer.free}</p>
        <p>
          <Link href={PATHS.feedback}>{t.footer.complaint}</Link> ·{' '}
          <Link href={PATHS.privacy}>{t.footer.privacy}</Link>
        </p>
      </footer>
    </Provider>
  );
}

export function App({ lang }: { lang?: Lang }) {
  return (
    <LangProvider {...(lang ? { initial: lang } : {})}>
      <Shell />
    </LangProvider>
  );
}
