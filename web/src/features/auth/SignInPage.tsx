import { Alert, Anchor, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconLogin2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { useAuthOptions } from '../../shared/session/access';
import { PublicFrame } from '../../shared/ui/PublicFrame';
import { SignInForm } from './SignInForm';
import { safeNext, ssoErrorKey } from './signInError';
import { useMe } from './useMe';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  const location = useLocation();
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  const options = useAuthOptions();
  const next = safeNext(params.get('next'));
  const ssoError = ssoErrorKey(params.get('sso'));

  if (me.data) return <Navigate to={next} replace />;
  // a fresh installation: nobody to sign in yet
  if (options.data?.setupNeeded) return <Navigate to="/setup" replace />;
  const sso = options.data?.sso ?? null;
  const passwords = options.data?.passwords ?? true;

  return (
    <PublicFrame loading={me.isPending || options.isPending}>
      <Stack gap={4} mb="lg">
        <Title order={1} fz={24} fw={650}>
          {t('signIn.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('signIn.subtitle')}
        </Text>
      </Stack>
      {signedOut && (
        <Alert variant="light" color="teal" icon={<IconCircleCheck size={18} />} mb="md" data-testid="signed-out">
          {t('signIn.signedOut')}
        </Alert>
      )}
      {ssoError && (
        <Alert variant="light" color="red" icon={<IconAlertCircle size={18} />} mb="md" role="alert" data-testid="sso-error">
          {t(ssoError)}
        </Alert>
      )}
      {sso && (
        <>
          <Button
            component="a"
            href={`/api/auth/sso/start?next=${encodeURIComponent(next)}`}
            fullWidth
            variant={passwords ? 'default' : 'filled'}
            leftSection={<IconLogin2 size={18} />}
            data-testid="sso-button"
          >
            {t('people.sso.button', { provider: sso.name })}
          </Button>
          {passwords && <Divider my="md" label={t('people.sso.or')} labelPosition="center" />}
        </>
      )}
      {passwords && (
        <>
          <SignInForm />
          <Group justify="center" mt="md">
            <Anchor component={Link} to="/forgot-password" size="sm" data-testid="forgot-link">
              {t('people.forgot.link')}
            </Anchor>
          </Group>
        </>
      )}
      {options.data?.demo && (
        <Text size="xs" c="dimmed" ta="center" mt="lg" data-testid="demo-hint">
          {t('signIn.demoHint')}
        </Text>
      )}
    </PublicFrame>
  );
}
