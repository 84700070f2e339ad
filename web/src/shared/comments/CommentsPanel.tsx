import { ActionIcon, Avatar, Button, Group, Paper, Stack, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/queryKeys';
import { useFormat } from '../format/useFormat';
import { errorMessage } from '../i18n/errorMessage';
import { useActiveUsers } from '../org/queries';
import { fold } from '../text/fold';
import { notify } from '../ui/notify';
import { commentsApi, type CommentSubjectType } from './api';
import { insertMention, mentionQuery, stillMentioned } from './mentions';

/** Comments on an account, opportunity or tip; type @ and a name to mention a colleague, who is notified. */
export function CommentsPanel({ subjectType, subjectId }: { subjectType: CommentSubjectType; subjectId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const key = queryKeys.comments(subjectType, subjectId);
  const list = useQuery({ queryKey: key, queryFn: ({ signal }) => commentsApi.list(subjectType, subjectId, signal) });
  const users = useActiveUsers();
  const [body, setBody] = useState('');
  const [picked, setPicked] = useState<{ id: string; name: string }[]>([]);
  const [typing, setTyping] = useState<{ start: number; query: string; caret: number } | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const create = useMutation({
    mutationFn: commentsApi.create,
    onSuccess: () => {
      setBody('');
      setPicked([]);
      return queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const remove = useMutation({
    mutationFn: commentsApi.remove,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
    onError: (e) => notify(errorMessage(e, t), 'error'),
  });

  const candidates = typing
    ? (users.data?.items ?? []).filter((u) => fold(u.name).split(' ').some((w) => w.startsWith(fold(typing.query))) || fold(u.name).startsWith(fold(typing.query))).slice(0, 6)
    : [];
  const track = (text: string, caret: number) => {
    const q = mentionQuery(text, caret);
    setTyping(q ? { ...q, caret } : null);
  };
  const pick = (user: { id: string; name: string }) => {
    if (!typing) return;
    const next = insertMention(body, typing.start, typing.caret, user.name);
    setBody(next.text);
    setPicked((p) => [...p, { id: user.id, name: user.name }]);
    setTyping(null);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(next.caret, next.caret);
    });
  };
  const submit = () => {
    if (!body.trim()) return;
    create.mutate({ subjectType, subjectId, body: body.trim(), mentionIds: stillMentioned(body, picked).map((p) => p.id) });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (typing && candidates[0] && (e.key === 'Enter' || e.key === 'Tab')) {
      e.preventDefault();
      pick(candidates[0]);
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    } else if (e.key === 'Escape' && typing) {
      e.stopPropagation();
      setTyping(null);
    }
  };

  const items = list.data?.items ?? [];
  return (
    <Paper withBorder radius="md" p="md" data-testid="comments">
      <Title order={2} fz="md" fw={600} mb="sm">
        {t('comments.title')}
      </Title>
      <Stack gap="sm">
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('comments.none')}
          </Text>
        )}
        {items.map((c) => (
          <Group key={c.id} align="flex-start" wrap="nowrap" gap="sm" data-testid="comment">
            <Avatar size="sm" radius="xl" color="initials" name={c.author?.name ?? '?'} />
            <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {c.author?.name ?? t('comments.someone')}
                </Text>
                <Text size="xs" c="dimmed">
                  {format.when(c.createdAt)}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {c.body}
              </Text>
            </Stack>
            {c.can.delete && (
              <ActionIcon variant="subtle" color="gray" aria-label={t('comments.delete')} onClick={() => remove.mutate(c.id)}>
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
        <div style={{ position: 'relative' }}>
          <Textarea
            ref={ref}
            aria-label={t('comments.label')}
            placeholder={t('comments.placeholder')}
            autosize
            minRows={2}
            maxLength={4000}
            value={body}
            onChange={(e) => {
              setBody(e.currentTarget.value);
              track(e.currentTarget.value, e.currentTarget.selectionStart);
            }}
            onKeyDown={onKeyDown}
            error={create.error ? errorMessage(create.error, t) : undefined}
            data-testid="comment-body"
          />
          {candidates.length > 0 && (
            <Paper withBorder shadow="md" p={4} style={{ position: 'absolute', zIndex: 10, left: 0, right: 0 }} role="listbox" aria-label={t('comments.mention')} data-testid="mention-options">
              {candidates.map((u) => (
                <UnstyledButton
                  key={u.id}
                  role="option"
                  aria-selected={false}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(u);
                  }}
                  display="block"
                  w="100%"
                  px="xs"
                  py={4}
                  data-testid="mention-option"
                >
                  <Text size="sm">{u.name}</Text>
                </UnstyledButton>
              ))}
            </Paper>
          )}
        </div>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('comments.hint')}
          </Text>
          <Button size="xs" onClick={submit} loading={create.isPending} disabled={!body.trim()} data-testid="comment-send">
            {t('comments.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
