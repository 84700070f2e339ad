import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CellGlyph } from './CellGlyph';
import { cellStates } from './matrixModel';

/** What each cell's colour and icon mean. */
export function MatrixLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('crossSelling.matrix.legend')}>
      {cellStates.map((s) => (
        <Group key={s} gap={6} wrap="nowrap" component="li">
          <CellGlyph state={s} />
          <Text size="xs">{t(`crossSelling.matrix.states.${s}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}
