import { Alert, Box, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { ColorSchemeToggle } from '../../shared/ui/ColorSchemeToggle';
import { LanguageMenu } from '../../shared/ui/LanguageMenu';
import { Logo } from '../../shared/ui/Logo';
import { SignInForm } from './SignInForm';
import { safeNext } from './signInError';
import { useMe } from './useMe';
import classes from './SignInPage.module.css';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  const location = useLocation();
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;

  if (me.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    <Box className={classes.page}>
      <Group justify="space-between" px="md" py="sm">
        <Logo />
        <Group gap={4}>
          <LanguageMenu />
          <ColorSchemeToggle />
        </Group>
      </Group>
      <Center className={classes.center} px="md">
        {me.isPending ? (
          <Loader aria-label={t('common.loading')} />
        ) : (
          <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 'xl' }} className={classes.card}>
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
            <SignInForm />
            <Text size="xs" c="dimmed" ta="center" mt="lg" data-testid="demo-hint">
              {t('signIn.demoHint')}
            </Text>
          </Paper>
        )}
      </Center>
    </Box>
  );
}
