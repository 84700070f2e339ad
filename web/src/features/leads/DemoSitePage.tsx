import { Alert, Button, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PublicFrame } from '../../shared/ui/PublicFrame';

/**
 * A stand-in for the company's own website (the demo's "contact us" page): the form a web form's embed
 * code makes, posting to the form's public address with its key, its honeypot and the time it was shown.
 * Nobody is signed in here; what the visitor sends arrives as a lead, matched and scored.
 */
export function DemoSitePage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const [shownAt] = useState(() => Date.now());
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'failed'>('idle');
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    const body = Object.fromEntries(Object.entries(data).filter(([, v]) => v.trim() !== ''));
    setState('sending');
    fetch(`/api/public/forms/${encodeURIComponent(key)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, renderedAt: shownAt }),
    })
      .then((r) => setState(r.ok ? 'sent' : 'failed'))
      .catch(() => setState('failed'));
  };
  return (
    <PublicFrame width={560} testId="demo-site">
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('leads.demoSite.kicker')}
          </Text>
          <Title order={1} fz={24} fw={650}>
            {t('leads.demoSite.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('leads.demoSite.text')}
          </Text>
        </Stack>
        {state === 'sent' ? (
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} role="status" data-testid="demo-site-sent">
            {t('leads.demoSite.sent')}
          </Alert>
        ) : (
          <form onSubmit={submit} data-testid="demo-site-form">
            <Stack gap="sm">
              {state === 'failed' && (
                <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
                  {t('leads.demoSite.failed')}
                </Alert>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput name="name" label={t('leads.form.name')} required autoComplete="name" data-testid="demo-site-name" />
                <TextInput
                  name="email"
                  type="email"
                  label={t('leads.form.email')}
                  required
                  autoComplete="email"
                  data-testid="demo-site-email"
                />
                <TextInput name="company" label={t('leads.form.company')} autoComplete="organization" data-testid="demo-site-company" />
                <TextInput name="title" label={t('leads.form.title')} autoComplete="organization-title" data-testid="demo-site-title" />
                <TextInput name="phone" label={t('leads.form.phone')} autoComplete="tel" />
                <TextInput name="orgNumber" label={t('leads.form.orgNumber')} />
              </SimpleGrid>
              <Textarea name="message" label={t('leads.form.message')} autosize minRows={3} data-testid="demo-site-message" />
              {/* the honeypot: people never see or fill it; a bot that does is dropped */}
              <input
                name="website"
                tabIndex={-1}
                autoComplete="off"
                aria-hidden="true"
                style={{ position: 'absolute', left: -9999, width: 1, height: 1 }}
              />
              <Button type="submit" loading={state === 'sending'} data-testid="demo-site-send">
                {t('leads.demoSite.send')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </PublicFrame>
  );
}
