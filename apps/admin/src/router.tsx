import { createBrowserRouter } from 'react-router';
import { Layout } from './components/layout';
import { PageLoader } from './components/page-loader';
import { appBasePath } from './lib/base-path';

/** Each screen is its own chunk: the login page never loads the request table. */
export const router = createBrowserRouter(
  [
    {
      path: '/login',
      // Shown while the first screen's code loads (instead of a blank page and the router's warning).
      HydrateFallback: PageLoader,
      lazy: async () => ({ Component: (await import('./features/auth/login-page')).default }),
    },
    {
      path: '/',
      Component: Layout,
      HydrateFallback: PageLoader,
      children: [
        {
          index: true,
          lazy: async () => ({
            Component: (await import('./features/my-work/my-work-page')).default,
          }),
        },
        {
          path: 'permohonan',
          lazy: async () => ({
            Component: (await import('./features/requests/requests-page')).default,
          }),
        },
        {
          path: 'permohonan/:id',
          lazy: async () => ({
            Component: (await import('./features/request-detail/request-detail-page')).default,
          }),
        },
        {
          path: 'sop',
          lazy: async () => ({ Component: (await import('./features/sop/sop-page')).default }),
        },
        {
          path: 'kelas/:id',
          lazy: async () => ({
            Component: (await import('./features/participants/class-page')).default,
          }),
        },
        {
          path: 'program',
          lazy: async () => ({
            Component: (await import('./features/catalogue/programs-page')).default,
          }),
        },
        {
          path: 'instruktur',
          lazy: async () => ({
            Component: (await import('./features/instructors/instructors-page')).default,
          }),
        },
        {
          path: 'sop/versi',
          lazy: async () => ({
            Component: (await import('./features/sop-editor/sop-versions-page')).default,
          }),
        },
        {
          path: 'sop/versi/:id',
          lazy: async () => ({
            Component: (await import('./features/sop-editor/sop-version-page')).default,
          }),
        },
        {
          path: 'sop/evaluasi',
          lazy: async () => ({
            Component: (await import('./features/sop-review/sop-reviews-page')).default,
          }),
        },
        {
          path: 'sop/evaluasi/baru/:id',
          lazy: async () => ({
            Component: (await import('./features/sop-review/review-form-page')).default,
          }),
        },
        {
          path: 'sop/evaluasi/:id',
          lazy: async () => ({
            Component: (await import('./features/sop-review/review-page')).default,
          }),
        },
        {
          path: 'standar-pelayanan',
          lazy: async () => ({
            Component: (await import('./features/service-standard/service-standard-versions-page'))
              .default,
          }),
        },
        {
          path: 'standar-pelayanan/:id',
          lazy: async () => ({
            Component: (await import('./features/service-standard/service-standard-version-page'))
              .default,
          }),
        },
        {
          path: 'kinerja',
          lazy: async () => ({
            Component: (await import('./features/performance/performance-page')).default,
          }),
        },
        {
          path: 'pengaduan',
          lazy: async () => ({
            Component: (await import('./features/feedback/feedback-page')).default,
          }),
        },
        {
          path: 'admin/pengguna',
          lazy: async () => ({
            Component: (await import('./features/admin-users/staff-users-page')).default,
          }),
        },
        {
          path: 'admin/kunci-api',
          lazy: async () => ({
            Component: (await import('./features/admin-api-keys/api-keys-page')).default,
          }),
        },
        {
          path: 'admin/hari-libur',
          lazy: async () => ({
            Component: (await import('./features/admin-holidays/holidays-page')).default,
          }),
        },
        {
          path: 'admin/data-pribadi',
          lazy: async () => ({
            Component: (await import('./features/admin-privacy/personal-data-page')).default,
          }),
        },
        {
          path: 'admin/kotak-keluar',
          lazy: async () => ({
            Component: (await import('./features/admin-outbox/outbox-page')).default,
          }),
        },
        {
          path: 'akun/kata-sandi',
          lazy: async () => ({
            Component: (await import('./features/auth/change-password-page')).default,
          }),
        },
      ],
    },
  ],
  // '' at the root of the host, '/admin' when the API serves the app there (the page's <base>).
  { basename: appBasePath() || '/' },
);
