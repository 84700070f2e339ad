import { Anchor, Box, Breadcrumbs, Button, Group, Text } from '@mantine/core';
import { IconDownload, IconLayoutGrid } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useSession } from '../../shared/session/session';
import { EmptyState } from '../../shared/ui/EmptyState';
import { notify } from '../../shared/ui/notify';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Paging } from '../../shared/ui/Paging';
import { matrixApi } from './api';
import type { CellAbilities, CellAction } from './MatrixCell';
import { MatrixFilters } from './MatrixFilters';
import { MatrixGrid } from './MatrixGrid';
import { MatrixLegend } from './MatrixLegend';
import type { CellRef } from './matrixModel';
import { NotRelevantModal } from './NotRelevantModal';
import { useIndustries, useMarkCell, useMatrix } from './queries';
import { matrixPageSizes, matrixParams, useMatrixFilter } from './useMatrixFilter';
import { QueryState } from '../../shared/ui/PageState';

/**
 * The product matrix (D5): every customer against every product — owned, in pipeline, potential,
 * not relevant or white space — filtered and paged on the server, with the next step one click away.
 */
export default function MatrixPage() {
  const { t } = useTranslation();
  const me = useSession();
  const { filter, params, update } = useMatrixFilter();
  const matrix = useMatrix(filter);
  const { mutate: mark } = useMarkCell(filter, me.user.name);
  const [asking, setAsking] = useState<CellRef | null>(null);
  const industries = useIndustries();
  const [filtersKey, setFiltersKey] = useState(0);
  const data = matrix.data;
  const filtered = matrixParams.some((k) => params.has(k));

  const abilities = useMemo<CellAbilities>(
    () => ({
      giveHandoff: (salesGroupId) => me.can.giveHandoffs && salesGroupId !== me.salesGroup?.id,
      openOpportunity: me.can.writeOpportunities,
      mark: me.can.markMatrix,
    }),
    [me],
  );

  const save = useCallback(
    (cell: CellRef, state: 'potential' | 'not_relevant' | null, reason?: string) =>
      mark(
        { accountId: cell.accountId, productId: cell.productId, state, reason },
        {
          onSuccess: () => notify(t(`crossSelling.matrix.marked.${state ?? 'cleared'}`)),
          onError: (e) => notify(errorMessage(e, t), 'error'),
        },
      ),
    [mark, t],
  );
  const onAction = useCallback(
    (action: CellAction, cell: CellRef) => (action === 'not_relevant' ? setAsking(cell) : save(cell, action === 'clear' ? null : action)),
    [save],
  );

  const clearFilters = () => {
    update(Object.fromEntries(matrixParams.map((k) => [k, null])));
    setFiltersKey((k) => k + 1);
  };

  return (
    <Box data-testid="matrix-page">
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/cross-selling" size="sm">
          {t('nav.crossSelling')}
        </Anchor>
      </Breadcrumbs>
      <PageHeader
        title={t('crossSelling.matrix.title')}
        description={t('crossSelling.matrix.description')}
        actions={
          <Button
            component="a"
            href={matrixApi.exportUrl(filter)}
            download
            variant="default"
            leftSection={<IconDownload size={18} />}
            data-testid="matrix-export"
          >
            {t('crossSelling.matrix.export')}
          </Button>
        }
      />
      <div data-tour="matrix-filters">
        <MatrixFilters key={filtersKey} params={params} onChange={update} industries={industries.data ?? []} />
      </div>
      {matrix.error || !data ? (
        <QueryState query={matrix} />
      ) : data.rows.length === 0 ? (
        <EmptyState
          icon={<IconLayoutGrid size={32} stroke={1.5} />}
          title={t('crossSelling.matrix.empty.title')}
          description={t('crossSelling.matrix.empty.text')}
          actions={
            filtered && (
              <Button variant="light" onClick={clearFilters} data-testid="matrix-clear-filters">
                {t('crossSelling.matrix.empty.clear')}
              </Button>
            )
          }
          testId="matrix-empty"
        />
      ) : (
        <>
          <Group justify="space-between" align="center" gap="sm" mb="xs" wrap="wrap" data-tour="matrix-legend">
            <Text size="sm" fw={500} data-testid="matrix-count">
              {t('crossSelling.matrix.count', { count: data.totals.accounts })}
            </Text>
            <MatrixLegend />
          </Group>
          <div data-tour="matrix-grid">
            <MatrixGrid matrix={data} abilities={abilities} onAction={onAction} dimmed={matrix.isPlaceholderData} />
          </div>
          <Paging
            total={data.totals.accounts}
            page={filter.page}
            pageSize={filter.pageSize}
            onPage={(p) => update({ page: String(p) })}
            pageSizes={matrixPageSizes}
            onPageSize={(n) => update({ pageSize: String(n) })}
          />
        </>
      )}
      <NotRelevantModal
        cell={asking}
        onClose={() => setAsking(null)}
        onSubmit={(reason) => asking && save(asking, 'not_relevant', reason)}
      />
    </Box>
  );
}
