import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconMailForward } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useAuthOptions } from '../../shared/session/access';
import { PublicFrame } from '../../shared/ui/PublicFrame';
import { linksApi } from './api';

/** "Forgot password": a reset link by e-mail; the answer never says whether the address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const options = useAuthOptions();
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const forgot = useMutation({ mutationFn: linksApi.forgot });
  const noMail = options.data && !options.data.mail;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    setMissing(!/^\S+@\S+\.\S+$/.test(value));
    if (/^\S+@\S+\.\S+$/.test(value)) forgot.mutate(value);
  };

  return (
    <PublicFrame testId="forgot-page">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={1} fz={24} fw={650}>
            {t('people.forgot.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('people.forgot.text')}
          </Text>
        </Stack>
        {noMail ? (
          <Alert color="yellow" variant="light" role="status">
            {t('people.forgot.noMail')}
          </Alert>
        ) : forgot.isSuccess ? (
          <Alert color="teal" variant="light" icon={<IconMailForward size={18} />} role="status" data-testid="forgot-sent">
            {t('people.forgot.sent', { email: forgot.variables })}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {forgot.error && (
                <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
                  {errorMessage(forgot.error, t)}
                </Alert>
              )}
              <TextInput
                label={t('people.forgot.email')}
                type="email"
                name="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={missing ? t('fields.email') : undefined}
                autoFocus
              />
              <Button type="submit" loading={forgot.isPending}>
                {t('people.forgot.submit')}
              </Button>
            </Stack>
          </form>
        )}
        <Anchor component={Link} to="/sign-in" size="sm">
          {t('people.forgot.backToSignIn')}
        </Anchor>
      </Stack>
    </PublicFrame>
  );
}
