import type { Lang } from '@blk/domain';
import {
  lazy,
  type ReactNode,
  Suspense,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { Provider, useClient } from 'urql';
import { Link, Route, Switch, useLocation } from 'wouter';
import { Loading } from './components/feedback-message';
import { OfflineBanner } from './components/online';
import { LangProvider, useLang, useT } from './i18n/lang';
import { createClient } from './lib/client';
import { PENDING_FLAG } from './lib/pending';

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
const MyRequestsPage = lazy(() => import('./pages/my-requests'));

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
  mine: '/permohonan-saya',
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

/** "ID | EN": two small buttons that fit beside the name on a 360 px phone. */
function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useT();
  // Each language named in itself, so a reader finds theirs whatever is chosen now.
  const names: Record<Lang, string> = { id: 'Bahasa Indonesia', en: 'English' };
  return (
    <fieldset className="lang-toggle">
      <legend className="visually-hidden">{t.language}</legend>
      {(Object.keys(names) as Lang[]).map((l, i) => (
        <span key={l}>
          {i > 0 ? <span aria-hidden="true"> | </span> : null}
          <button
            type="button"
            lang={l}
            aria-pressed={lang === l}
            title={names[l]}
            onClick={() => setLang(l)}
          >
            <span aria-hidden="true">{l.toUpperCase()}</span>
            <span className="visually-hidden">{names[l]}</span>
          </button>
        </span>
      ))}
    </fieldset>
  );
}

/**
 * Three top tasks always in view and the rest behind "Menu" on a phone; everything in one row
 * on a wider screen (CSS shows the list and hides the button).
 */
function SiteNav() {
  const t = useT();
  const [location] = useLocation();
  const [open, setOpen] = useState(false);
  // A page chosen from the menu closes it.
  useEffect(() => setOpen(false), [location]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <nav aria-label={t.menu} className="site-nav">
      <ul className="nav-top">
        <li>
          <NavLink href={PATHS.programs}>{t.nav.programs}</NavLink>
        </li>
        <li>
          <NavLink href={PATHS.request}>{t.nav.requestShort}</NavLink>
        </li>
        <li>
          <NavLink href={PATHS.track}>{t.nav.track}</NavLink>
        </li>
      </ul>
      <button
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="nav-more"
        onClick={() => setOpen((o) => !o)}
      >
        {t.menu}
      </button>
      <ul id="nav-more" className="nav-more" data-open={open}>
        <li>
          <NavLink href={PATHS.home}>{t.nav.home}</NavLink>
        </li>
        <li>
          <NavLink href={PATHS.mine}>{t.nav.mine}</NavLink>
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
  );
}

/**
 * Sends requests that wait on the device when the signal returns, when the app is opened or
 * shown again, and every 30 seconds while any wait. The queue's code loads only then.
 */
function OutboxRunner() {
  const client = useClient();
  useEffect(() => {
    const run = () => {
      if (!navigator.onLine || document.visibilityState === 'hidden') return;
      if (!localStorage.getItem(PENDING_FLAG)) return;
      void import('./request/runner').then((m) => m.flushInBackground(client)).catch(() => {});
    };
    run();
    const timer = setInterval(run, 30_000);
    window.addEventListener('online', run);
    document.addEventListener('visibilitychange', run);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', run);
      document.removeEventListener('visibilitychange', run);
    };
  }, [client]);
  return null;
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

function Shell({ shell = false }: { shell?: boolean }) {
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
        <SiteNav />
      </header>
      <OfflineBanner />
      <OutboxRunner />
      <main id="main" tabIndex={-1}>
        {shell ? (
          <Loading />
        ) : (
          <Suspense fallback={<Loading />}>
            <PageControls>
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
                <Route path={PATHS.mine} component={MyRequestsPage} />
                <Route component={NotFound} />
              </Switch>
            </PageControls>
          </Suspense>
        )}
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

/**
 * The app. `shell` renders only the frame (header, navigation, footer) around a loading main:
 * the page built for every path without a prerendered page of its own (src/prerender.tsx).
 */
export function App({ lang, shell }: { lang?: Lang; shell?: boolean }) {
  return (
    <LangProvider {...(lang ? { initial: lang } : {})}>
      <Shell shell={shell} />
    </LangProvider>
  );
}

const noChanges = () => () => {};

/**
 * A page's form controls, disabled until the app runs. A prerendered page (issue 16) is on screen
 * before the app's code; input typed into it then would be lost when React takes it over, so its
 * fields and buttons wait (greyed) until they work. True on the server and while hydrating, false
 * from the first render after.
 */
function PageControls({ children }: { children: ReactNode }) {
  const running = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  return (
    <fieldset className="page-controls" disabled={!running}>
      {children}
    </fieldset>
  );
}
