import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconMailForward } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForgotPasswordBody } from '@contract/access';
import { Email } from '@contract/users';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useAuthOptions } from '../../shared/session/access';
import { PublicFrame } from '../../shared/ui/PublicFrame';
import { linksApi } from './api';

/**
 * The request, with the address checked as an e-mail address (the contract's `Email`) before it is
 * sent: the server takes any text, so as not to say anything, but a typo deserves a word here.
 */
const ForgotForm = ForgotPasswordBody.extend({ email: Email });

/** "Forgot password": a reset link by e-mail; the answer never says whether the address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const options = useAuthOptions();
  const forgot = useMutation({ mutationFn: linksApi.forgot });
  const noMail = options.data && !options.data.mail;
  const form = useSchemaForm({
    initialValues: { email: '' },
    schema: ForgotForm,
    toInput: ({ email }) => ({ email: email.trim() }),
  });

  const submit = form.onSubmit(({ email }) => forgot.mutate(email, { onError: (error) => form.setServerErrors(error) }));

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
              {forgot.error && !form.errors.email && (
                <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
                  {errorMessage(forgot.error, t)}
                </Alert>
              )}
              <TextInput
                label={t('people.forgot.email')}
                type="email"
                name="email"
                autoComplete="username"
                {...form.getInputProps('email')}
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
