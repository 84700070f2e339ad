import { Alert, Box, Button, Group, Select, Tabs, Text, Tooltip } from '@mantine/core';
import { IconCopy, IconInfoCircle, IconKeyboard } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets, useSalesGroups } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { fold } from '../../shared/text/fold';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { volumeDimensions, type GridSeller } from './api';
import { CopyTargetsModal } from './CopyTargetsModal';
import { gapsOf } from './edits';
import { GapSummary } from './GapSummary';
import { GridFilters } from './GridFilters';
import { ProgressPanel } from './ProgressPanel';
import { useTargetGrid } from './queries';
import { SaveBar } from './SaveBar';
import { TargetGridTable } from './TargetGridTable';
import { useTargetEdits } from './useTargetEdits';
import { QueryState } from '../../shared/ui/PageState';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 6 }, (_, i) => thisYear - 3 + i);

/**
 * Targets (G4): a spreadsheet of sellers × channels for a year with the company's targets and the gap
 * between them, and the signed volume against them with pace. View state in the URL:
 * `?year=2026&tab=progress&by=salesGroup&group=…&market=…&q=…`.
 */
export function TargetsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const { params, update } = useUrlParams();
  const year = Number(params.get('year')) || thisYear;
  const tab = params.get('tab') === 'progress' ? 'progress' : 'grid';
  const by = volumeDimensions.find((d) => d === params.get('by')) ?? 'seller';
  const editable = me.can.setTargets;
  const grid = useTargetGrid(year);
  const edits = useTargetEdits(grid.data);
  const groups = useSalesGroups();
  const markets = useMarkets();
  const [copying, setCopying] = useState(false);
  const data = grid.data?.year === year ? grid.data : undefined;
  const money = (v: number) => format.currency(v, data?.reportingCurrency ?? me.organisation.reportingCurrency);

  const q = fold(params.get('q')?.trim() ?? '');
  const sellers = (data?.sellers ?? []).filter(
    (s) =>
      (!q || fold(s.name).includes(q)) &&
      (!params.get('group') || s.salesGroupId === params.get('group')) &&
      (!params.get('market') || s.marketId === params.get('market')),
  );
  const describeSeller = (s: GridSeller) => {
    const market = markets.data?.find((m) => m.id === s.marketId);
    return [groups.data?.find((g) => g.id === s.salesGroupId)?.name, market && format.region(market.code, market.name)]
      .filter(Boolean)
      .join(' · ');
  };

  const yearPicker = (
    <Tooltip label={t('targets.save.first')} disabled={!edits.dirty} withArrow>
      <Select
        aria-label={t('targets.year')}
        data={[...new Set([...years, year])].sort().map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={(v) => update({ year: v && Number(v) !== thisYear ? v : null })}
        allowDeselect={false}
        disabled={edits.dirty}
        w={100}
        data-testid="targets-year"
      />
    </Tooltip>
  );

  return (
    <Box data-testid="targets-page">
      <PageHeader
        title={t('targets.title')}
        description={t('targets.description')}
        actions={
          <>
            {yearPicker}
            {data?.can.copyYear && (
              <Button
                variant="default"
                leftSection={<IconCopy size={16} />}
                onClick={() => setCopying(true)}
                disabled={edits.dirty}
                data-testid="targets-copy"
              >
                {t('targets.copy.action')}
              </Button>
            )}
          </>
        }
      />
      <Tabs value={tab} onChange={(v) => update({ tab: v === 'progress' ? v : null })} keepMounted={false} mb="md">
        <Tabs.List>
          <Tabs.Tab value="grid" data-testid="targets-tab-grid">
            {t('targets.tabs.grid')}
          </Tabs.Tab>
          <Tabs.Tab value="progress" data-testid="targets-tab-progress">
            {t('targets.tabs.progress')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>

      {tab === 'progress' ? (
        <ProgressPanel year={year} by={by} grid={data} onBy={(v) => update({ by: v === 'seller' ? null : v })} />
      ) : grid.error || !data ? (
        <QueryState query={grid} />
      ) : (
        <>
          <GapSummary gaps={gapsOf(data, edits.edits)} money={money} />
          {!editable && (
            <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} mb="md">
              {t('targets.readOnly')}
            </Alert>
          )}
          <GridFilters params={params} onChange={update} />
          {editable && (
            <Group gap={6} mb="xs" c="dimmed" wrap="nowrap" visibleFrom="sm">
              <IconKeyboard size={16} style={{ flexShrink: 0 }} />
              <Text size="xs">{t('targets.grid.hint')}</Text>
            </Group>
          )}
          <TargetGridTable
            grid={data}
            sellers={sellers}
            edits={edits.edits}
            gaps={gapsOf(data, edits.edits)}
            rejected={edits.rejected}
            editable={editable}
            describeSeller={describeSeller}
            money={money}
            onChange={edits.change}
          />
          <SaveBar
            pending={edits.pending}
            invalid={edits.invalid}
            saving={edits.save.isPending}
            error={edits.save.error}
            onSave={edits.submit}
            onDiscard={edits.discard}
          />
        </>
      )}
      {data?.can.copyYear && <CopyTargetsModal opened={copying} year={year} onClose={() => setCopying(false)} />}
      <ConfirmDialog
        opened={edits.blocker.state === 'blocked'}
        title={t('targets.leave.title')}
        text={t('targets.leave.text', { count: edits.pending })}
        confirmLabel={t('targets.leave.confirm')}
        onConfirm={() => edits.blocker.proceed?.()}
        onClose={() => edits.blocker.reset?.()}
      />
    </Box>
  );
}
