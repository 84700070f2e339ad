import { Box, Text, useComputedColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { attitudes, influenceLevels, mapPosition } from '@domain/account-plans';
import type { Stakeholder } from './api';

const W = 760;
const H = 360;
const PAD = { left: 90, right: 16, top: 16, bottom: 44 };
const roleColour: Record<Stakeholder['role'], string> = {
  decision_maker: '#c92a2a',
  economic_buyer: '#e67700',
  influencer: '#1971c2',
  champion: '#2b8a3e',
  user: '#5f3dc4',
  gatekeeper: '#495057',
};

const initials = (name: string) =>
  name
    .split(' ')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .slice(0, 2)
    .join('');

/**
 * The stakeholder map (H1): the account's people placed by their attitude to us (left: against,
 * right: for) and their influence on the decision (bottom to top), coloured by their role; the
 * influential not yet for us are ringed. Positions come from domain/account-plans.ts `mapPosition`.
 */
export function StakeholderMap({ stakeholders }: { stakeholders: Stakeholder[] }) {
  const { t } = useTranslation();
  const dark = useComputedColorScheme('light') === 'dark';
  const ink = dark ? '#c9c9c9' : '#495057';
  const grid = dark ? '#424242' : '#dee2e6';
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const cell = new Map<string, Stakeholder[]>();
  for (const s of stakeholders) cell.set(`${s.attitude}:${s.influence}`, [...(cell.get(`${s.attitude}:${s.influence}`) ?? []), s]);
  const placed = stakeholders.map((s) => {
    const mates = cell.get(`${s.attitude}:${s.influence}`)!;
    const p = mapPosition(s.attitude, s.influence, mates.indexOf(s), mates.length);
    return { s, x: PAD.left + p.x * plotW, y: PAD.top + p.y * plotH };
  });
  const summary = stakeholders
    .map((s) =>
      t('plans.map.person', {
        name: s.name,
        role: t(`plans.roles.${s.role}`),
        influence: t(`plans.influence.${s.influence}`),
        attitude: t(`plans.attitudes.${s.attitude}`),
      }),
    )
    .join('; ');
  return (
    <Box data-testid="stakeholder-map" style={{ overflowX: 'auto' }}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        style={{ minWidth: 560, maxWidth: W }}
        role="img"
        aria-label={`${t('plans.map.title')}: ${summary || t('plans.map.empty')}`}
      >
        {attitudes.map((a, i) => (
          <g key={a}>
            <rect
              x={PAD.left + (i * plotW) / attitudes.length}
              y={PAD.top}
              width={plotW / attitudes.length}
              height={plotH}
              fill={i < 2 ? (dark ? '#3b1f1f' : '#fff5f5') : i > 2 ? (dark ? '#1f3324' : '#ebfbee') : 'transparent'}
              stroke={grid}
            />
            <text
              x={PAD.left + ((i + 0.5) * plotW) / attitudes.length}
              y={H - PAD.bottom + 18}
              textAnchor="middle"
              fontSize={12}
              fill={ink}
            >
              {t(`plans.attitudes.${a}`)}
            </text>
          </g>
        ))}
        {influenceLevels.map((l, i) => (
          <g key={l}>
            <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + (i * plotH) / 3} y2={PAD.top + (i * plotH) / 3} stroke={grid} />
            <text x={PAD.left - 8} y={PAD.top + plotH - ((i + 0.5) * plotH) / 3 + 4} textAnchor="end" fontSize={12} fill={ink}>
              {t(`plans.influence.${l}`)}
            </text>
          </g>
        ))}
        <text x={PAD.left + plotW / 2} y={H - 6} textAnchor="middle" fontSize={12} fontWeight={600} fill={ink}>
          {t('plans.map.attitudeAxis')}
        </text>
        <text
          x={14}
          y={PAD.top + plotH / 2}
          textAnchor="middle"
          fontSize={12}
          fontWeight={600}
          fill={ink}
          transform={`rotate(-90 14 ${PAD.top + plotH / 2})`}
        >
          {t('plans.map.influenceAxis')}
        </text>
        {placed.map(({ s, x, y }) => (
          <g key={s.contactId} data-testid="map-person" data-contact={s.contactId}>
            {s.needsWork && <circle cx={x} cy={y} r={22} fill="none" stroke="#e03131" strokeWidth={2} strokeDasharray="4 3" />}
            <circle cx={x} cy={y} r={17} fill={roleColour[s.role]} />
            <text x={x} y={y + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="#fff">
              {initials(s.name)}
            </text>
            <text x={x} y={y + 32} textAnchor="middle" fontSize={11} fill={ink}>
              {s.name}
            </text>
          </g>
        ))}
      </svg>
      <Text size="xs" c="dimmed" mt={4}>
        {t('plans.map.legend')}
      </Text>
    </Box>
  );
}

export { roleColour };
