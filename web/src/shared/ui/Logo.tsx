import { Group, Text, ThemeIcon } from '@mantine/core';

/** The Korsa mark and word; `compact` shows only the mark on a phone (the app header has no room there). */
export function Logo({ size = 'md', compact = false }: { size?: 'md' | 'lg'; compact?: boolean }) {
  const box = size === 'lg' ? 40 : 30;
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={box} radius="md" variant="filled" aria-hidden>
        <svg
          viewBox="0 0 32 32"
          width={box * 0.75}
          height={box * 0.75}
          fill="none"
          stroke="currentColor"
          strokeWidth={3}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M9 8v16M9 16l9-8M12.5 13l7.5 11" />
        </svg>
      </ThemeIcon>
      <Text
        component="span"
        fw={700}
        fz={size === 'lg' ? 26 : 19}
        lh={1}
        style={{ letterSpacing: '-0.01em' }}
        visibleFrom={compact ? 'xs' : undefined}
      >
        Korsa
      </Text>
    </Group>
  );
}
