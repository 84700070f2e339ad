import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { signInErrorMessage } from './signInError';
import { useSignIn } from './useSignIn';

// the sign-in page is in the first download: its schema (and zod) arrive just after it
const signInSchema = () => import('@contract/auth').then((m) => m.SignInBody);

export function SignInForm() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const form = useSchemaForm({ initialValues: { email: '', password: '' }, schema: signInSchema });
  const message = signIn.error ? signInErrorMessage(signIn.error, t) : null;

  return (
    <form
      onSubmit={form.onSubmit((input) => {
        signIn.reset();
        signIn.mutate(input);
      })}
      noValidate
      aria-label={t('signIn.title')}
    >
      <Stack gap="md">
        {message && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" data-testid="sign-in-error">
            {message}
          </Alert>
        )}
        <TextInput
          label={t('signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          {...form.getInputProps('email')}
          autoFocus
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth loading={signIn.isPending || form.submitting} mt="xs">
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
