import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SeasonInput, SeasonUpdate } from '@contract/game';
import { allowedRecipients, defaultPointRules, gameEventKinds, type GameEventKind, type PointRecipient } from '@domain/game';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useMarkets, useSalesGroups } from '../../shared/org/queries';
import { todayInput } from '../../shared/timeline/when';
import { notify } from '../../shared/ui/notify';
import type { SeasonData } from './api';
import { useSaveSeason } from './queries';
import { DateField } from '../../shared/ui/DateField';

interface RuleRow {
  id: string;
  kind: GameEventKind;
  points: number;
  recipient: PointRecipient;
  capPerDay: number | '';
}

const startingRules: RuleRow[] = defaultPointRules.map((r) => ({
  id: r.id,
  kind: r.kind,
  points: r.points,
  recipient: r.recipient,
  capPerDay: r.capPerDay ?? '',
}));

const plusDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

interface SeasonValues extends Record<string, unknown> {
  name: string;
  startsOn: string;
  endsOn: string;
  mode: SeasonData['mode'];
  teamGoal: number | '';
  pointRules: RuleRow[];
  referralShare: number | '';
  reportBonus: number | '';
  teams: 'sales_group' | 'market' | 'none';
}
const blank = (n: number | '') => (n === '' ? null : n);

/** A leader starts or changes a season: dates, how it is played, the point rules, incentives and teams. */
export function SeasonModal({
  season,
  onClose,
  onSaved,
}: {
  season: SeasonData | null;
  onClose: () => void;
  onSaved: (s: SeasonData) => void;
}) {
  const { t } = useTranslation();
  const groups = useSalesGroups();
  const markets = useMarkets();
  const save = useSaveSeason();
  const referral = season?.incentiveRules.find((r) => r.kind === 'referral_credit');
  const bonus = season?.incentiveRules.find((r) => r.kind === 'report_bonus');
  const initialValues: SeasonValues = {
    name: season?.name ?? '',
    startsOn: season?.startsOn ?? todayInput(),
    endsOn: season?.endsOn ?? plusDays(todayInput(), 90),
    mode: season?.mode ?? 'against',
    teamGoal: season?.teamGoal ?? '',
    pointRules: season
      ? season.pointRules.map((r) => ({ id: r.id, kind: r.kind, points: r.points, recipient: r.recipient, capPerDay: r.capPerDay ?? '' }))
      : startingRules,
    referralShare: referral?.sharePercent ?? (season ? '' : 5),
    reportBonus: bonus?.fixedAmount ?? '',
    teams: !season ? 'sales_group' : season.teams[0]?.kind === 'market' ? 'market' : season.teams.length > 0 ? 'sales_group' : 'none',
  };
  const form = useSchemaForm({
    initialValues,
    schema: season ? SeasonUpdate : SeasonInput,
    toInput: (v) => ({
      name: v.name,
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      mode: v.mode,
      teamGoal: v.mode === 'together' ? blank(v.teamGoal) : null,
      pointRules: v.pointRules.map((r) => ({ ...r, capPerDay: blank(r.capPerDay), capPerWeek: null })),
      incentiveRules: [
        ...(v.referralShare !== ''
          ? [{ id: 'referral', kind: 'referral_credit' as const, sharePercent: v.referralShare, fixedAmount: null }]
          : []),
        ...(v.reportBonus !== ''
          ? [{ id: 'report-bonus', kind: 'report_bonus' as const, fixedAmount: v.reportBonus, sharePercent: null }]
          : []),
      ],
      teams:
        v.teams === 'sales_group'
          ? (groups.data ?? []).map((g) => ({ name: g.name, kind: 'sales_group' as const, salesGroupId: g.id }))
          : v.teams === 'market'
            ? (markets.data ?? []).map((m) => ({ name: m.name, kind: 'market' as const, marketId: m.id }))
            : (season?.teams.filter((x) => x.kind === 'custom') ?? []),
      ...(season ? { version: season.version } : {}),
    }),
  });

  const submit = form.onSubmit((input) =>
    save.mutate(
      { id: season?.id ?? null, input },
      {
        onSuccess: (saved) => {
          notify(t('game.form.saved', { name: saved.name }));
          onSaved(saved);
          onClose();
        },
        onError: (error) => form.setServerErrors(error),
      },
    ),
  );

  const setKind = (i: number, kind: GameEventKind) => {
    form.setFieldValue(`pointRules.${i}.kind`, kind);
    const allowed = allowedRecipients(kind);
    if (!allowed.includes(form.values.pointRules[i]!.recipient)) form.setFieldValue(`pointRules.${i}.recipient`, allowed[0]!);
  };
  const addRule = () =>
    form.insertListItem('pointRules', {
      id: `rule-${Date.now().toString(36)}`,
      kind: 'opportunity_won',
      points: 10,
      recipient: 'actor',
      capPerDay: '',
    });

  return (
    <Modal
      opened
      onClose={onClose}
      title={season ? t('game.seasons.edit') : t('game.seasons.new')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="season-form">
        <Stack gap="md">
          {save.error && Object.keys(form.errors).length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(save.error, t)}
            </Alert>
          )}
          <TextInput label={t('game.form.name')} required data-autofocus {...form.getInputProps('name')} data-testid="season-name" />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label={t('game.form.startsOn')} {...form.getInputProps('startsOn')} />
            <DateField label={t('game.form.endsOn')} {...form.getInputProps('endsOn')} />
            {form.values.mode === 'together' && <NumberInput label={t('game.form.teamGoal')} min={1} {...form.getInputProps('teamGoal')} />}
          </SimpleGrid>
          <SegmentedControl
            data={(['against', 'together'] as const).map((m) => ({ value: m, label: t(`game.modes.${m}`) }))}
            {...form.getInputProps('mode')}
            aria-label={t('game.form.mode')}
          />
          <Title order={3} fz="md">
            {t('game.form.rules')}
          </Title>
          <Table data-testid="rule-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('game.form.kind')}</Table.Th>
                <Table.Th w={100}>{t('game.form.points')}</Table.Th>
                <Table.Th w={150}>{t('game.form.recipient')}</Table.Th>
                <Table.Th w={110}>{t('game.form.capPerDay')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {form.values.pointRules.map((r, i) => (
                <Table.Tr key={r.id} data-testid="rule-row">
                  <Table.Td>
                    <Select
                      aria-label={t('game.form.kind')}
                      data={gameEventKinds.map((k) => ({ value: k, label: t(`game.kinds.${k}`) }))}
                      value={r.kind}
                      onChange={(k) => k && setKind(i, k)}
                      allowDeselect={false}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('game.form.points')}
                      min={0}
                      {...form.getInputProps(`pointRules.${i}.points`)}
                      data-testid="rule-points"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('game.form.recipient')}
                      data={allowedRecipients(r.kind).map((x) => ({ value: x, label: t(`game.recipients.${x}`) }))}
                      {...form.getInputProps(`pointRules.${i}.recipient`)}
                      allowDeselect={false}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput aria-label={t('game.form.capPerDay')} min={0} {...form.getInputProps(`pointRules.${i}.capPerDay`)} />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('game.form.removeRule')}
                      onClick={() => form.removeListItem('pointRules', i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group>
            <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={addRule}>
              {t('game.form.addRule')}
            </Button>
          </Group>
          <Title order={3} fz="md">
            {t('game.form.incentives')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('game.form.referralShare')}
              min={0}
              max={100}
              suffix=" %"
              {...form.getInputProps('referralShare')}
              data-testid="referral-share"
            />
            <NumberInput label={t('game.form.reportBonus')} min={0} {...form.getInputProps('reportBonus')} />
          </SimpleGrid>
          <Title order={3} fz="md">
            {t('game.form.teams')}
          </Title>
          <SegmentedControl
            data={(['sales_group', 'market', 'none'] as const).map((x) => ({ value: x, label: t(`game.form.teamsBy.${x}`) }))}
            {...form.getInputProps('teams')}
            aria-label={t('game.form.teams')}
          />
          <Text size="sm" c="dimmed">
            {t('game.form.teamsText')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="season-save">
              {season ? t('common.save') : t('game.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
