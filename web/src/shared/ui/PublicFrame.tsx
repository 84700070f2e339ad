import { Box, Center, Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { LanguageMenu } from './LanguageMenu';
import { Loading } from './PageState';
import { Logo } from './Logo';
import classes from './PublicFrame.module.css';

interface Props {
  children?: ReactNode;
  /** The card's widest width in pixels. */
  width?: number;
  /** Show a loader instead of the card. */
  loading?: boolean;
  testId?: string;
}

/** The frame of the pages one sees before signing in: the mark, language and colour scheme, one card in the middle. */
export function PublicFrame({ children, width = 400, loading = false, testId }: Props) {
  return (
    <Box className={classes.page}>
      <Group justify="space-between" px="md" py="sm">
        <Logo />
        <Group gap={4}>
          <LanguageMenu />
          <ColorSchemeToggle />
        </Group>
      </Group>
      <Center className={classes.center} px="md">
        {loading ? (
          <Loading />
        ) : (
          <Paper
            withBorder
            shadow="sm"
            radius="lg"
            p={{ base: 'lg', sm: 'xl' }}
            my="md"
            className={classes.card}
            maw={width}
            data-testid={testId}
          >
            {children}
          </Paper>
        )}
      </Center>
    </Box>
  );
}
