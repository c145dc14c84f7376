import { type LoginInput, loginSchema } from '@blk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Center,
  Checkbox,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useClient, useMutation } from 'urql';
import type { z } from 'zod';
import { LanguageSwitch } from '../../components/language-switch';
import { PageLoader } from '../../components/page-loader';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import { MutationFailureFragment } from '../admin-common/failure';
import { ErrorAlert } from '../admin-common/status-alert';
import { useDeviceText } from './device-text';
import { useViewer, ViewerQuery } from './viewer';

// Only a device the admin signed out loads the notice (and the device queue it reads).
const RevokedDeviceNotice = lazy(() => import('../offline/revoked-device-notice'));

/** The name this browser was last signed in under as a training device (not a secret). */
const DEVICE_NAME_KEY = 'blk-admin-device-name';

function savedDeviceName(): string {
  try {
    return localStorage.getItem(DEVICE_NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export const LoginMutation = graphql(
  `
  mutation Login_SignIn($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on StaffUser {
        id
        name
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

/** Only paths inside this app are followed after sign-in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t, msg, lang } = useI18n();
  const deviceText = useDeviceText();
  const { viewer, fetching } = useViewer();
  const client = useClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [, login] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [trainingDevice, setTrainingDevice] = useState(() => savedDeviceName() !== '');
  const form = useForm<z.input<typeof loginSchema>, unknown, LoginInput>({
    resolver: zodResolver(loginSchema, { error: localizedError(lang) }),
    defaultValues: { email: '', password: '', deviceName: savedDeviceName() },
  });

  if (viewer?.kind === 'staff') return <Navigate to={safeNext(params.get('next'))} replace />;
  // The form shows once the viewer is known, with the notice of a revoked device already in
  // place: nothing moves under the fingers of someone typing.
  if (!viewer && fetching) return <PageLoader />;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const deviceName = trainingDevice ? values.deviceName : undefined;
    if (trainingDevice && !deviceName) {
      form.setError('deviceName', { type: 'required', message: 'common.required' });
      return;
    }
    const input = { email: values.email, password: values.password, deviceName };
    const result = await login({ input });
    const outcome = result.data?.login;
    if (!outcome) {
      setFailure(t('error.network'));
      return;
    }
    if (outcome.__typename === 'StaffUser') {
      try {
        if (deviceName) localStorage.setItem(DEVICE_NAME_KEY, deviceName);
        else localStorage.removeItem(DEVICE_NAME_KEY);
      } catch {
        // Private mode: the name is asked again next time.
      }
      await client.query(ViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      navigate(safeNext(params.get('next')), { replace: true });
      return;
    }
    if (outcome.__typename === 'ValidationError') {
      for (const issue of outcome.issues) {
        if (issue.path === 'email' || issue.path === 'password' || issue.path === 'deviceName') {
          form.setError(issue.path, { type: 'server', message: issue.message });
        }
      }
    }
    setFailure(outcome.message);
  });

  const errorOf = (m: string | undefined) => (m ? msg(m) : undefined);

  return (
    // The notice's code loads with it: the page waits for it whole rather than moving down.
    <Suspense fallback={<PageLoader />}>
      <Center mih="100vh" p="md" component="main">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <Group justify="space-between" align="flex-start">
                <div>
                  <Title order={1} size="h2">
                    {t('app.title')}
                  </Title>
                  <Text c="dimmed" size="sm">
                    {t('login.subtitle')}
                  </Text>
                </div>
                <LanguageSwitch />
              </Group>
              {viewer?.revokedDevice ? <RevokedDeviceNotice device={viewer.revokedDevice} /> : null}
              <ErrorAlert message={failure} />
              <TextInput
                label={t('login.email')}
                type="email"
                autoComplete="username"
                required
                {...form.register('email')}
                error={errorOf(form.formState.errors.email?.message)}
              />
              <PasswordInput
                label={t('login.password')}
                autoComplete="current-password"
                required
                {...form.register('password')}
                error={errorOf(form.formState.errors.password?.message)}
              />
              <Checkbox
                label={deviceText('device')}
                description={deviceText('deviceHint')}
                checked={trainingDevice}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setTrainingDevice(on);
                  if (!on) {
                    // A hidden half-typed name must not hold up an ordinary sign-in.
                    form.setValue('deviceName', '');
                    form.clearErrors('deviceName');
                  }
                }}
              />
              {trainingDevice ? (
                <TextInput
                  label={deviceText('deviceName')}
                  placeholder={deviceText('deviceNamePlaceholder')}
                  required
                  maxLength={60}
                  {...form.register('deviceName')}
                  error={errorOf(form.formState.errors.deviceName?.message)}
                />
              ) : null}
              <Button
                type="submit"
                loading={form.formState.isSubmitting}
                disabled={form.formState.isSubmitting}
              >
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Suspense>
  );
}
