import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconGitBranch, IconRoute } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Process } from '@contract/opportunities';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets, useSalesGroups } from '../../shared/org/queries';
import { EmptyState } from '../../shared/ui/EmptyState';
import { NewVariantModal } from './NewVariantModal';
import { useProcesses } from './queries';
import { StagesEditor } from './StagesEditor';
import { QueryState } from '../../shared/ui/PageState';

const isGlobal = (p: Process) => p.salesGroupId === null && p.marketId === null;

interface Props {
  /** The chosen process (kept in the URL), else the global one. */
  processId: string | null;
  onPick: (id: string | null) => void;
}

/** Sales process: pick the global process or a local variant, and edit its stages. */
export function ProcessPanel({ processId, onPick }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const processes = useProcesses();
  const groups = useSalesGroups();
  const markets = useMarkets();
  const [creating, setCreating] = useState(false);
  const [dirty, setDirty] = useState(false);

  const label = (p: Process) => {
    if (isGlobal(p)) return t('settings.process.global');
    const market = markets.data?.find((m) => m.id === p.marketId);
    const scope = [groups.data?.find((g) => g.id === p.salesGroupId)?.name, market && format.region(market.code, market.name)]
      .filter(Boolean)
      .join(' · ');
    return scope ? `${p.name} (${scope})` : p.name;
  };

  if (processes.error || !processes.data) return <QueryState query={processes} />;
  const all = processes.data.slice().sort((a, b) => Number(isGlobal(b)) - Number(isGlobal(a)) || a.name.localeCompare(b.name));
  const current = all.find((p) => p.id === processId) ?? all.find(isGlobal) ?? all[0];
  if (!current)
    return (
      <EmptyState
        icon={<IconRoute size={32} stroke={1.5} />}
        title={t('settings.process.stagesTitle')}
        description={t('settings.process.empty')}
      />
    );

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="md">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('settings.process.pick')}
              description={dirty ? t('settings.unsaved') : undefined}
              data={all.map((p) => ({ value: p.id, label: label(p) }))}
              value={current.id}
              onChange={(v) => onPick(v && v !== all.find(isGlobal)?.id ? v : null)}
              allowDeselect={false}
              disabled={dirty}
              style={{ flex: '1 1 18rem' }}
              data-testid="process-pick"
            />
            <Button
              variant="default"
              leftSection={<IconGitBranch size={16} />}
              onClick={() => setCreating(true)}
              disabled={dirty}
              data-testid="variant-new"
            >
              {t('settings.process.newVariant')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('settings.process.scopeHint')}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby="settings-stages-title">
        <Stack gap={4} mb="md" px={{ base: 'xs', sm: 0 }} pt={{ base: 'xs', sm: 0 }}>
          <Title order={2} size="h3" id="settings-stages-title">
            {t('settings.process.stagesTitle')} · {label(current)}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.process.stagesText')}
          </Text>
        </Stack>
        <StagesEditor key={current.id} process={current} label={label(current)} onDirtyChange={setDirty} />
      </Paper>
      <NewVariantModal
        opened={creating}
        groups={groups.data}
        markets={markets.data}
        onClose={() => setCreating(false)}
        onCreated={(p) => onPick(p.id)}
      />
    </Stack>
  );
}
