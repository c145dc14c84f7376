import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { Navigate, Outlet, NavLink as RouterLink, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { useViewer, type Viewer } from '../features/auth/viewer';
import { appHref } from '../lib/base-path';
import { clearOfflineCache } from '../lib/client';
import type { TextKey } from '../lib/dictionary';
import { graphql } from '../lib/graphql';
import { useI18n } from '../lib/i18n';
import { LanguageSwitch } from './language-switch';
import { PageLoader } from './page-loader';

const LogoutMutation = graphql(`
  mutation App_SignOut {
    logout
  }
`);

interface NavItem {
  to: string;
  label: TextKey;
  allowed: (can: Viewer['can']) => boolean;
  end?: boolean;
}

/** Screens of this app, each shown only to roles that may use it (`viewer.can*`). */
const NAV: readonly NavItem[] = [
  { to: '/', label: 'nav.myWork', allowed: (can) => can.viewRequests, end: true },
  { to: '/permohonan', label: 'nav.requests', allowed: (can) => can.viewRequests },
  { to: '/sop', label: 'nav.sop', allowed: () => true, end: true },
  { to: '/sop/versi', label: 'nav.sopVersions', allowed: (can) => can.draftSop || can.approveSop },
  { to: '/sop/evaluasi', label: 'nav.sopReviews', allowed: (can) => can.viewSopReviews },
  {
    to: '/standar-pelayanan',
    label: 'nav.serviceStandard',
    allowed: (can) => can.manageServiceStandard,
  },
  { to: '/program', label: 'nav.programs', allowed: (can) => can.manageCatalogue },
  { to: '/instruktur', label: 'nav.instructors', allowed: (can) => can.manageInstructors },
  { to: '/kinerja', label: 'nav.performance', allowed: (can) => can.viewPerformance },
  { to: '/pengaduan', label: 'nav.complaints', allowed: (can) => can.handleComplaints },
  { to: '/admin/pengguna', label: 'nav.users', allowed: (can) => can.manageUsers },
  { to: '/admin/kunci-api', label: 'nav.apiKeys', allowed: (can) => can.manageApiKeys },
  { to: '/admin/hari-libur', label: 'nav.holidays', allowed: (can) => can.manageHolidays },
  { to: '/admin/kotak-keluar', label: 'nav.outbox', allowed: (can) => can.viewOutbox },
  { to: '/admin/data-pribadi', label: 'nav.personalData', allowed: (can) => can.manageUsers },
  { to: '/akun/kata-sandi', label: 'nav.password', allowed: () => true },
];

/** The signed-in shell: header, role-filtered navigation, and the page. */
export function Layout() {
  const { t } = useI18n();
  const { viewer, fetching } = useViewer({ confirm: true });
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const [logoutState, logout] = useMutation(LogoutMutation);
  const userId = viewer?.kind === 'staff' ? viewer.user?.id : undefined;
  // The device's queue of class changes starts sending for whoever is signed in (its code loads
  // apart from the first screen).
  useEffect(() => {
    if (userId) void import('../features/offline/sync').then((m) => m.startSync(userId));
  }, [userId]);

  if (!viewer && fetching) return <PageLoader />;
  if (viewer?.kind !== 'staff' || !viewer.user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  const user = viewer.user;

  async function signOut() {
    await logout({});
    // What was read stays on the device only while someone is signed in (the queue of unsent
    // class changes is kept: it waits for its author to sign in again).
    await clearOfflineCache();
    // A full reload drops every cached record of the session that just ended.
    window.location.assign(appHref('/login'));
  }

  return (
    <AppShell
      header={{ height: 60 }}
      // Up to a tablet held sideways (under 1200 px) the sidebar folds behind the menu button,
      // so the class tables get the width.
      navbar={{ width: 240, breakpoint: 'lg', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="lg"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <Title order={2} size="h4">
              {t('app.title')}
            </Title>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch />
            <Stack gap={0} visibleFrom="xs" align="flex-end">
              <Text size="sm" fw={600} data-testid="viewer-name">
                {user.name}
              </Text>
              <Text size="xs" c="dimmed">
                {user.role.name}
              </Text>
            </Stack>
            <Button variant="default" size="xs" onClick={signOut} loading={logoutState.fetching}>
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')} component="nav">
        {NAV.filter((item) => item.allowed(viewer.can)).map((item) => (
          <NavLink
            key={item.to}
            component={RouterLink}
            to={item.to}
            end={item.end}
            active={
              item.end ? location.pathname === item.to : location.pathname.startsWith(item.to)
            }
            label={t(item.label)}
            onClick={close}
            variant="filled"
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
