import { Group, Progress, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isIndustryCode, type IndustryCode } from '@domain/industries';
import { stageName } from '../../shared/domain/stages';
import { useFormat } from '../../shared/format/useFormat';
import type { OpportunityDetail, Stage } from './api';

type Reason = NonNullable<OpportunityDetail['winProbability']>['reasons'][number];

const ageBuckets: Record<string, 'lt1' | 'm1to3' | 'm3to6' | 'm6to9' | 'm9plus'> = {
  '< 1 month': 'lt1',
  '1–3 months': 'm1to3',
  '3–6 months': 'm3to6',
  '6–9 months': 'm6to9',
  '9+ months': 'm9plus',
};
const sizes = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;

/** One reason in words: "+ Stage: Quote sent", "− Age: 6–9 months". */
function reasonText(r: Reason, stages: Stage[], t: TFunction, industry: (code: IndustryCode) => string): string {
  switch (r.feature) {
    case 'stage': {
      const stage = stages.find((s) => s.key === r.value || s.name === r.value);
      return t('pipeline.reasons.stage', { value: stage ? stageName(stage, t) : r.value });
    }
    case 'age': {
      const bucket = ageBuckets[r.value];
      return t('pipeline.reasons.age', { value: bucket ? t(`pipeline.reasons.ages.${bucket}`) : r.value });
    }
    case 'size': {
      const size = sizes.find((s) => s === r.value);
      return t('pipeline.reasons.size', { value: size ? t(`vocab.size.${size}`) : r.value });
    }
    case 'group':
      return t('pipeline.reasons.group', { value: r.value });
    case 'family':
      return t('pipeline.reasons.family', { value: r.value });
    case 'industry':
      return t('pipeline.reasons.industry', { value: isIndustryCode(r.value) ? industry(r.value) : r.value });
    default:
      return `${r.feature}: ${r.value}`;
  }
}

/** The learned win probability and the facts that moved it most. */
export function WinProbability({ opportunity, stages }: { opportunity: OpportunityDetail; stages: Stage[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const wp = opportunity.winProbability;
  if (!wp) return null;
  const title = (
    <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
      {t('pipeline.detail.winProbability')}
    </Text>
  );
  if (wp.status === 'not_enough_history' || wp.probability === null)
    return (
      <Stack gap={6} data-testid="win-probability">
        <Group justify="space-between">
          {title}
          <Text fw={650} c="dimmed" data-testid="win-probability-none">
            {t('pipeline.detail.notEnoughHistory')}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t(`pipeline.detail.notEnoughHistoryText.${wp.missing ?? 'both'}`)}
        </Text>
      </Stack>
    );
  const probability = wp.probability;
  return (
    <Stack gap={6} data-testid="win-probability">
      <Group justify="space-between">
        {title}
        <Text fw={650}>{format.percent(probability)}</Text>
      </Group>
      <Progress value={probability * 100} color={probability >= 0.5 ? 'teal' : 'orange'} aria-hidden />
      <Stack gap={2}>
        {wp.reasons.map((r) => (
          <Text key={`${r.feature}-${r.value}`} size="sm" c={r.effect > 0 ? 'teal' : 'red'}>
            {r.effect > 0 ? '+' : '−'} {reasonText(r, stages, t, format.industry)}
          </Text>
        ))}
      </Stack>
      <Text size="xs" c="dimmed">
        {t('pipeline.detail.winProbabilityText')}
      </Text>
    </Stack>
  );
}
