import { Group, Paper, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A numbered step of the import. */
export function Section({ step, title, children, testId }: { step: number; title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid={testId}>
      <Group gap="sm" mb="md" wrap="nowrap">
        <ThemeIcon radius="xl" size={28} variant="light" aria-hidden>
          {step}
        </ThemeIcon>
        <Title order={2} fz="lg" fw={600}>
          {title}
        </Title>
      </Group>
      {children}
    </Paper>
  );
}
