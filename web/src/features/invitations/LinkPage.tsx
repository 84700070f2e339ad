import { Alert, Anchor, Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconLinkOff } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { UseLinkBody } from '@contract/access';
import { linkRefusals, type LinkPurpose, type LinkRefusal } from '@domain/access-links';
import { oneOf } from '@domain/people';
import { isApiError } from '../../shared/api/errors';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { enterSignedIn, useAuthOptions } from '../../shared/session/access';
import { PasswordField } from '../../shared/ui/PasswordField';
import { PublicFrame } from '../../shared/ui/PublicFrame';
import { linksApi, tokenFromHash } from './api';

/** Why the server refused a link (`410 link_invalid`), if that is what the error is. */
function refusalOf(error: unknown): LinkRefusal | null {
  if (!isApiError(error, 'link_invalid')) return null;
  const reason = (error.details as { reason?: unknown } | undefined)?.reason;
  return oneOf(linkRefusals, reason) ? reason : 'unknown';
}

/** The page a one-time link opens: accept an invitation (name and password) or choose a new password. */
function LinkPage({ purpose }: { purpose: LinkPurpose }) {
  const { t } = useTranslation();
  const location = useLocation();
  const token = tokenFromHash(location.hash);
  const options = useAuthOptions();
  const info = useQuery({
    queryKey: ['access-link', token],
    queryFn: () => linksApi.inspect(token),
    enabled: token.length >= 20,
    retry: false,
    staleTime: Infinity,
  });

  const refusal = token.length < 20 ? 'unknown' : refusalOf(info.error);
  if (refusal) return <InvalidLink reason={refusal} purpose={purpose} />;
  if (info.isPending || options.isPending) {
    return (
      <PublicFrame>
        <Group justify="center" gap="sm">
          <Loader size="sm" />
          <Text size="sm">{t('people.links.checking')}</Text>
        </Group>
      </PublicFrame>
    );
  }
  if (info.error || !info.data) {
    return (
      <PublicFrame>
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
          {errorMessage(info.error, t)}
        </Alert>
      </PublicFrame>
    );
  }
  if (options.data && !options.data.passwords && options.data.sso) {
    return (
      <PublicFrame testId="link-page">
        <Stack>
          <Title order={1} fz={24} fw={650}>
            {t('people.links.invitationTitle', { organisation: info.data.organisation })}
          </Title>
          <Text size="sm">{t('people.links.ssoOnly', { provider: options.data.sso.name })}</Text>
          <Button component="a" href="/api/auth/sso/start">
            {t('people.sso.button', { provider: options.data.sso.name })}
          </Button>
        </Stack>
      </PublicFrame>
    );
  }
  return (
    <PasswordForm
      token={token}
      purpose={info.data.purpose}
      email={info.data.email}
      name={info.data.name}
      organisation={info.data.organisation}
    />
  );
}

function PasswordForm(props: { token: string; purpose: LinkPurpose; email: string; name: string; organisation: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const invited = props.purpose === 'invitation';
  const form = useSchemaForm({
    initialValues: { name: props.name, password: '', confirm: '' },
    schema: UseLinkBody,
    toInput: ({ name, password }) => ({ token: props.token, password, ...(invited ? { name } : {}) }),
  });
  const use = useMutation({
    mutationFn: linksApi.use,
    onSuccess: async (signedIn) => {
      await enterSignedIn(queryClient, signedIn);
      await navigate('/', { replace: true });
    },
  });

  const submit = form.onSubmit((input) => {
    if (form.values.confirm !== form.values.password) return form.setFieldError('confirm', t('people.links.mismatch'));
    use.mutate(input, { onError: (error) => form.setServerErrors(error) });
  });

  const refusal = refusalOf(use.error);
  if (refusal) return <InvalidLink reason={refusal} purpose={props.purpose} />;

  return (
    <PublicFrame testId="link-page">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={1} fz={24} fw={650}>
              {invited ? t('people.links.invitationTitle', { organisation: props.organisation }) : t('people.links.resetTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {invited ? t('people.links.invitationText', { email: props.email }) : t('people.links.resetText', { email: props.email })}
            </Text>
          </Stack>
          {use.error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {errorMessage(use.error, t)}
            </Alert>
          )}
          <input type="email" name="email" autoComplete="username" value={props.email} readOnly hidden />
          {invited && <TextInput label={t('people.links.name')} name="name" autoComplete="name" {...form.getInputProps('name')} required />}
          <PasswordField
            label={t('people.links.password')}
            description={t('fields.passwordLength')}
            name="password"
            autoComplete="new-password"
            {...form.getInputProps('password')}
            required
            autoFocus
          />
          <PasswordField
            label={t('people.links.confirm')}
            name="confirm"
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
            required
          />
          <Button type="submit" loading={use.isPending}>
            {invited ? t('people.links.acceptSubmit') : t('people.links.resetSubmit')}
          </Button>
        </Stack>
      </form>
    </PublicFrame>
  );
}

/** A used, withdrawn, expired or unknown link: say which, and where to go instead — never an error page. */
function InvalidLink({ reason, purpose }: { reason: LinkRefusal; purpose: LinkPurpose }) {
  const { t } = useTranslation();
  return (
    <PublicFrame testId="link-invalid">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <IconLinkOff size={28} stroke={1.5} />
          <Title order={1} fz={22} fw={650}>
            {t('people.links.invalidTitle')}
          </Title>
        </Group>
        <Text size="sm" data-testid="link-invalid-reason" data-reason={reason}>
          {t(`people.links.reason.${reason}`)}
        </Text>
        <Group gap="md">
          <Button component={Link} to="/sign-in" variant="light">
            {t('people.links.toSignIn')}
          </Button>
          {purpose === 'password_reset' && reason !== 'used' && (
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('people.links.askNewReset')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </PublicFrame>
  );
}

export function AcceptInvitationPage() {
  return <LinkPage purpose="invitation" />;
}

export function ResetPasswordPage() {
  return <LinkPage purpose="password_reset" />;
}
