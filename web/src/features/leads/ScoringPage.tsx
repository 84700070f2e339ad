import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LeadSettings as LeadSettingsSchema } from '@contract/leads';
import { behaviourKinds, fitFields, scoreLead, type BehaviourEvent } from '@domain/lead-score';
import { oneOf } from '@domain/people';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { useSession } from '../../shared/session/session';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { notify } from '../../shared/ui/notify';
import type { LeadSettings } from './api';
import { useLeadSettings, useSaveLeadSettings } from './queries';

/** The agreement's numbers: where in the settings, their words, their bounds (the contract checks them too). */
const agreementFields = [
  { path: 'scoring.mqlThreshold', label: 'threshold', hint: 'thresholdHint', min: 1, max: 1000 },
  { path: 'acceptWithinHours', label: 'acceptWithin', hint: 'hoursHint', min: 1, max: 200 },
  { path: 'remindBeforeHours', label: 'remindBefore', hint: 'hoursHint', min: 0, max: 100 },
  { path: 'scoring.inactiveAfterDays', label: 'inactiveAfter', hint: null, min: 1, max: 365 },
  { path: 'scoring.inactivePoints', label: 'inactivePoints', hint: null, min: -100, max: 0 },
] as const;

/**
 * The score's rules (C1), agreed by marketing and sales leaders: points per attribute value, per
 * behaviour (with its half-life and cap), the quiet-period penalty, the "ready for sales" threshold and
 * the agreement's hours. Validated with the contract's schema; an example lead is scored as you type
 * by the same pure function the server uses (domain/lead-score.ts).
 */
export function ScoringPage() {
  const { t } = useTranslation();
  const settings = useLeadSettings();
  if (settings.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  return <ScoringForm initial={settings.data} />;
}

function ScoringForm({ initial }: { initial: LeadSettings }) {
  const { t } = useTranslation();
  const me = useSession();
  const editable = me.can.tuneLeadScoring;
  const save = useSaveLeadSettings();
  const form = useSchemaForm({ initialValues: initial, schema: LeadSettingsSchema });
  const v = form.values;
  const submit = form.onSubmit((body) =>
    save.mutate(body, {
      onSuccess: (saved) => {
        form.setValues(saved);
        form.resetDirty(saved);
        notify(t('leads.scoring.saved'));
      },
      onError: (e) => {
        if (!form.setServerErrors(e)) notify(t('leads.scoring.failed'), 'error');
      },
    }),
  );
  const usedKinds = new Set(v.scoring.behaviour.map((b) => b.kind));
  const freeKind = behaviourKinds.find((k) => !usedKinds.has(k));
  const points = (path: string, min = -100, max = 100) => (
    <NumberInput
      {...form.getInputProps(path)}
      min={min}
      max={max}
      step={1}
      allowDecimal={false}
      disabled={!editable}
      w={90}
      aria-label={t('leads.scoring.points')}
    />
  );

  return (
    <form onSubmit={submit} noValidate data-testid="scoring-page">
      <PageHeader
        title={t('leads.scoring.title')}
        description={t('leads.scoring.description')}
        actions={
          <Group gap="sm">
            <Anchor component={Link} to="/leads" size="sm">
              {t('leads.title')}
            </Anchor>
            {me.can.viewLeadTuning && (
              <Button component={Link} to="/leads/scoring/tuning" variant="default" data-testid="scoring-tuning-link">
                {t('leads.tuning.title')}
              </Button>
            )}
            {editable && (
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()} data-testid="scoring-save">
                {t('leads.scoring.save')}
              </Button>
            )}
          </Group>
        }
      />
      {!editable && (
        <Alert mb="md" color="gray" variant="light">
          {t('leads.scoring.readOnly')}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
              <Title order={2} fz="lg" fw={600} mb="sm">
                {t('leads.scoring.agreement')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                {agreementFields.map((f) => (
                  <NumberInput
                    key={f.path}
                    label={t(`leads.scoring.${f.label}`)}
                    description={f.hint ? t(`leads.scoring.${f.hint}`) : undefined}
                    {...form.getInputProps(f.path)}
                    min={f.min}
                    max={f.max}
                    allowDecimal={false}
                    disabled={!editable}
                    data-testid={`scoring-${f.label}`}
                  />
                ))}
              </SimpleGrid>
            </Paper>

            <RulesSection
              testId="scoring-fit"
              title={t('leads.scoring.fitTitle')}
              hint={t('leads.scoring.fitHint')}
              columns={[t('leads.scoring.field'), t('leads.scoring.value'), t('leads.scoring.points')]}
              onAdd={editable ? () => form.insertListItem('scoring.fit', { field: 'title', value: '', points: 10 }) : null}
            >
              {v.scoring.fit.map((_, i) => (
                <Table.Tr key={i} data-testid="scoring-fit-rule">
                  <Table.Td>
                    <Select
                      {...form.getInputProps(`scoring.fit.${i}.field`)}
                      data={fitFields.map((f) => ({ value: f, label: t(`leads.fields.${f}`) }))}
                      allowDeselect={false}
                      disabled={!editable}
                      w={150}
                      aria-label={t('leads.scoring.field')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      {...form.getInputProps(`scoring.fit.${i}.value`)}
                      disabled={!editable}
                      aria-label={t('leads.scoring.value')}
                    />
                  </Table.Td>
                  <Table.Td>{points(`scoring.fit.${i}.points`)}</Table.Td>
                  <Table.Td>{editable && <RemoveButton onClick={() => form.removeListItem('scoring.fit', i)} />}</Table.Td>
                </Table.Tr>
              ))}
            </RulesSection>

            <RulesSection
              testId="scoring-behaviour"
              title={t('leads.scoring.behaviourTitle')}
              hint={t('leads.scoring.behaviourHint')}
              columns={[t('leads.scoring.behaviour'), t('leads.scoring.points'), t('leads.scoring.halfLife'), t('leads.scoring.maxCount')]}
              onAdd={
                editable && freeKind
                  ? () => form.insertListItem('scoring.behaviour', { kind: freeKind, points: 5, halfLifeDays: 14, maxCount: 3 })
                  : null
              }
            >
              {v.scoring.behaviour.map((b, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <Select
                      {...form.getInputProps(`scoring.behaviour.${i}.kind`)}
                      data={behaviourKinds.map((k) => ({
                        value: k,
                        label: t(`leads.behaviour.${k}`),
                        disabled: k !== b.kind && usedKinds.has(k),
                      }))}
                      allowDeselect={false}
                      disabled={!editable}
                      w={200}
                      aria-label={t('leads.scoring.behaviour')}
                    />
                  </Table.Td>
                  <Table.Td>{points(`scoring.behaviour.${i}.points`)}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      {...form.getInputProps(`scoring.behaviour.${i}.halfLifeDays`)}
                      min={0}
                      max={365}
                      disabled={!editable}
                      w={90}
                      aria-label={t('leads.scoring.halfLife')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      {...form.getInputProps(`scoring.behaviour.${i}.maxCount`)}
                      min={1}
                      max={100}
                      allowDecimal={false}
                      disabled={!editable}
                      w={90}
                      aria-label={t('leads.scoring.maxCount')}
                    />
                  </Table.Td>
                  <Table.Td>{editable && <RemoveButton onClick={() => form.removeListItem('scoring.behaviour', i)} />}</Table.Td>
                </Table.Tr>
              ))}
            </RulesSection>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Preview settings={v} />
        </Grid.Col>
      </Grid>
    </form>
  );
}

/** An example lead scored by the rules on screen, with the server's own function. */
function Preview({ settings }: { settings: LeadSettings }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('Head of Fleet');
  const [size, setSize] = useState('large');
  const [pricingViews, setPricingViews] = useState<number | string>(2);
  const [daysAgo, setDaysAgo] = useState<number | string>(3);
  const score = useMemo(() => {
    const now = new Date();
    const count = typeof pricingViews === 'number' ? pricingViews : 0;
    const ago = typeof daysAgo === 'number' ? daysAgo : 0;
    const events: BehaviourEvent[] = Array.from({ length: count }, () => ({
      kind: 'pricing_view',
      at: new Date(now.getTime() - ago * 86_400_000),
    }));
    const valid = LeadSettingsSchema.safeParse(settings);
    return valid.success ? scoreLead({ title, size, source: 'web_form' }, events, valid.data.scoring, now) : null;
  }, [settings, title, size, pricingViews, daysAgo]);
  const field = (f: string) => (oneOf(fitFields, f) ? t(`leads.fields.${f}`) : f);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="scoring-preview" style={{ position: 'sticky', top: 16 }}>
      <Title order={2} fz="lg" fw={600} mb="xs">
        {t('leads.scoring.preview')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('leads.scoring.previewHint')}
      </Text>
      <Stack gap="xs">
        <TextInput label={t('leads.fields.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <TextInput label={t('leads.fields.size')} value={size} onChange={(e) => setSize(e.currentTarget.value)} />
        <Group grow>
          <NumberInput
            label={t('leads.behaviour.pricing_view')}
            value={pricingViews}
            onChange={setPricingViews}
            min={0}
            max={20}
            allowDecimal={false}
          />
          <NumberInput label={t('leads.scoring.daysAgo')} value={daysAgo} onChange={setDaysAgo} min={0} max={365} allowDecimal={false} />
        </Group>
      </Stack>
      {score ? (
        <Stack gap={4} mt="md" data-testid="scoring-preview-result">
          <Group gap="sm">
            <Text fw={700} size="xl" data-testid="scoring-preview-total">
              {score.total}
            </Text>
            <Badge color={score.mql ? 'teal' : 'gray'} variant={score.mql ? 'filled' : 'light'} tt="none">
              {score.mql ? t('leads.scoring.ready') : t('leads.scoring.notReady', { threshold: settings.scoring.mqlThreshold })}
            </Badge>
          </Group>
          {score.parts.map((p, i) => (
            <Text key={i} size="sm">
              <Text span fw={700} c={p.points >= 0 ? 'teal' : 'red'}>
                {p.points >= 0 ? `+${p.points}` : p.points}
              </Text>{' '}
              {p.type === 'fit'
                ? t('leads.parts.fit', { field: field(p.field), value: p.value })
                : p.type === 'behaviour'
                  ? t('leads.parts.behaviour', { kind: t(`leads.behaviour.${p.kind}`), count: p.count })
                  : t('leads.parts.inactive', { days: p.days })}
            </Text>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="red" mt="md">
          {t('leads.scoring.fixErrors')}
        </Text>
      )}
    </Paper>
  );
}

/** A table of rules with its title, a line of explanation and "Add a rule" (for those who may). */
function RulesSection(props: {
  testId: string;
  title: string;
  hint: string;
  columns: string[];
  onAdd: (() => void) | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid={props.testId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" fw={600}>
          {props.title}
        </Title>
        {props.onAdd && (
          <Button variant="light" size="xs" leftSection={<IconPlus size={16} />} onClick={props.onAdd} data-testid={`${props.testId}-add`}>
            {t('leads.scoring.addRule')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {props.hint}
      </Text>
      <Table verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            {props.columns.map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>{t('leads.scoring.remove')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{props.children}</Table.Tbody>
      </Table>
    </Paper>
  );
}

function RemoveButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <ActionIcon variant="subtle" color="red" onClick={onClick} aria-label={t('leads.scoring.remove')}>
      <IconTrash size={16} />
    </ActionIcon>
  );
}
