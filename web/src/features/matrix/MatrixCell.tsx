import { Menu, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowsExchange, IconBan, IconBuildingStore, IconBulb, IconEraser, IconPlus } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CellState } from './api';
import { CellGlyph } from './CellGlyph';
import { isMarkable, type CellRef } from './matrixModel';
import classes from './MatrixGrid.module.css';

export type CellAction = 'potential' | 'not_relevant' | 'clear';

/** What the signed-in user may do from a cell (the server still decides). */
export interface CellAbilities {
  /** A handoff can go to another group than one's own. */
  giveHandoff: (salesGroupId: string) => boolean;
  openOpportunity: boolean;
  mark: boolean;
}

interface Props {
  accountId: string;
  accountName: string;
  productId: string;
  productName: string;
  salesGroupId: string;
  state: CellState;
  by: string | null;
  reason: string | null;
  abilities: CellAbilities;
  onAction: (action: CellAction, cell: CellRef) => void;
}

function CellTooltip({ state, by, reason }: Pick<Props, 'state' | 'by' | 'reason'>) {
  const { t } = useTranslation();
  if (state === 'empty') return <Text size="xs">{t('crossSelling.matrix.emptyHint')}</Text>;
  return (
    <>
      <Text size="xs" fw={600}>
        {t(`crossSelling.matrix.states.${state}`)}
      </Text>
      {by && <Text size="xs">{t(`crossSelling.matrix.by.${state}`, { name: by })}</Text>}
      {reason && <Text size="xs">{t('crossSelling.matrix.reason', { reason })}</Text>}
    </>
  );
}

/**
 * One account × product: its state in colour and icon, who sells it on hover, and on a click the
 * next steps — pass a handoff, open an opportunity, mark as potential or not relevant, clear a mark.
 */
export const MatrixCell = memo(function MatrixCell(props: Props) {
  const { t } = useTranslation();
  const { accountId, accountName, productId, productName, salesGroupId, state, by, reason, abilities, onAction } = props;
  const stateName = t(`crossSelling.matrix.states.${state}`);
  const markable = abilities.mark && isMarkable(state);
  const marked = state === 'potential' || state === 'not_relevant';
  const white = isMarkable(state);
  const query = `accountId=${accountId}&productId=${productId}`;
  const act = (action: CellAction) => () => onAction(action, { accountId, accountName, productId, productName });

  return (
    <Menu position="bottom-start" shadow="md" withinPortal>
      <Menu.Target>
        <Tooltip label={<CellTooltip state={state} by={by} reason={reason} />} openDelay={250} multiline maw={260} withinPortal>
          <UnstyledButton
            className={classes.cellButton}
            aria-label={t('crossSelling.matrix.cellLabel', { account: accountName, product: productName, state: stateName })}
            data-testid="matrix-cell"
            data-state={state}
            data-product={productId}
          >
            <CellGlyph state={state} />
          </UnstyledButton>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown data-testid="matrix-cell-menu">
        <Menu.Label>
          {accountName} — {productName}
        </Menu.Label>
        {white && abilities.giveHandoff(salesGroupId) && (
          <Menu.Item
            component={Link}
            to={`/cross-selling/new?${query}`}
            leftSection={<IconArrowsExchange size={16} />}
            data-testid="cell-pass-tip"
          >
            {t('crossSelling.matrix.menu.passTip')}
          </Menu.Item>
        )}
        {white && abilities.openOpportunity && (
          <Menu.Item
            component={Link}
            to={`/pipeline/new?${query}`}
            leftSection={<IconPlus size={16} />}
            data-testid="cell-open-opportunity"
          >
            {t('crossSelling.matrix.menu.openOpportunity')}
          </Menu.Item>
        )}
        {markable && state !== 'potential' && (
          <Menu.Item leftSection={<IconBulb size={16} />} onClick={act('potential')} data-testid="cell-mark-potential">
            {t('crossSelling.matrix.menu.markPotential')}
          </Menu.Item>
        )}
        {markable && state !== 'not_relevant' && (
          <Menu.Item leftSection={<IconBan size={16} />} onClick={act('not_relevant')} data-testid="cell-mark-not-relevant">
            {t('crossSelling.matrix.menu.notRelevant')}
          </Menu.Item>
        )}
        {markable && marked && (
          <Menu.Item leftSection={<IconEraser size={16} />} onClick={act('clear')} data-testid="cell-clear">
            {t('crossSelling.matrix.menu.clear')}
          </Menu.Item>
        )}
        <Menu.Item component={Link} to={`/accounts/${accountId}`} leftSection={<IconBuildingStore size={16} />}>
          {t('crossSelling.matrix.menu.openAccount')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
});
