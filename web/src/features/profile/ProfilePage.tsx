import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChangePasswordBody } from '@contract/access';
import { isApiError } from '../../shared/api/errors';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useAuthOptions } from '../../shared/session/access';
import { notify } from '../../shared/ui/notify';
import { PasswordField } from '../../shared/ui/PasswordField';
import { PageHeader } from '../../shared/ui/PageHeader';
import { AlertPreferencesSection } from './AlertPreferencesSection';
import { CertificationsSection } from './CertificationsSection';
import { passwordApi } from './api';

/** The change-password form: the contract's schema, and the repeated password must match. */
function useChangePasswordForm() {
  const { t } = useTranslation();
  const form = useSchemaForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    schema: ChangePasswordBody,
    toInput: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
  });
  const mismatch = (values: typeof form.values) =>
    values.newPassword && values.confirm !== values.newPassword ? t('people.links.mismatch') : null;
  return { form, mismatch };
}

/** The signed-in user's own account: change the password (other sessions end), and where their alerts go. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const options = useAuthOptions();
  const { form, mismatch } = useChangePasswordForm();
  const change = useMutation({ mutationFn: passwordApi.change });

  const submit = form.onSubmit((input) => {
    const differs = mismatch(form.values);
    if (differs) return form.setFieldError('confirm', differs);
    change.mutate(input, {
      onSuccess: () => {
        notify(t('people.account.changed'));
        form.reset();
      },
      onError: (error) => {
        if (isApiError(error, 'validation_failed') && error.fieldIssues.some((i) => i.path === 'body.currentPassword'))
          form.setFieldError('currentPassword', t('people.account.wrongCurrent'));
        else form.setServerErrors(error);
      },
    });
  });

  const general = change.error && !isApiError(change.error, 'validation_failed') ? errorMessage(change.error, t) : null;

  return (
    <>
      <PageHeader title={t('people.account.title')} description={t('people.account.description')} />
      <Paper withBorder radius="md" p="lg" maw={520}>
        <Title order={2} fz="lg" fw={600} mb={4}>
          {t('people.account.changePassword')}
        </Title>
        {options.data && !options.data.passwords ? (
          <Text size="sm">{t('people.account.ssoOnly')}</Text>
        ) : (
          <form onSubmit={submit} noValidate aria-label={t('people.account.changePassword')}>
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                {t('people.account.changeHelp')}
              </Text>
              {general && (
                <Alert color="red" variant="light" role="alert">
                  {general}
                </Alert>
              )}
              <PasswordField
                label={t('people.account.current')}
                name="current-password"
                autoComplete="current-password"
                {...form.getInputProps('currentPassword')}
              />
              <PasswordField
                label={t('people.account.newPassword')}
                description={t('fields.passwordLength')}
                name="new-password"
                autoComplete="new-password"
                {...form.getInputProps('newPassword')}
              />
              <PasswordField
                label={t('people.account.confirm')}
                name="confirm-password"
                autoComplete="new-password"
                {...form.getInputProps('confirm')}
              />
              <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
                {t('people.account.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
      <CertificationsSection />
      <AlertPreferencesSection />
    </>
  );
}
