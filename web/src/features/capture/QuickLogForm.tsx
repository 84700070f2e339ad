import { Button, Group, Kbd, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { LoggableType } from '../../shared/domain/vocabulary';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import { useSession } from '../../shared/session/session';
import { useLogActivity } from '../../shared/timeline/queries';
import { TypePicker } from '../../shared/timeline/TypePicker';
import { todayInput, whenFields } from '../../shared/timeline/when';
import { showSavedNotice } from './savedNotice';
import { typeFromKey } from './typeKeys';

interface Props {
  initialAccount: PickedAccount | null;
  onDone: () => void;
}

/** Account, type, a line, Enter. Today and the signed-in user are the defaults. */
export function QuickLogForm({ initialAccount, onDone }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const log = useLogActivity();
  const subjectRef = useRef<HTMLInputElement>(null);
  const [account, setAccount] = useState<PickedAccount | null>(initialAccount);
  const [type, setType] = useState<LoggableType>('call');
  const [subject, setSubject] = useState('');
  const [day, setDay] = useState(todayInput);
  const [errors, setErrors] = useState<{ account?: string; subject?: string }>({});

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    const chosen = typeFromKey(event.nativeEvent, target instanceof HTMLInputElement && target.type === 'radio');
    if (chosen) {
      event.preventDefault();
      setType(chosen);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      account: account ? undefined : t('capture.accountRequired'),
      subject: subject.trim() ? undefined : t('capture.subjectRequired'),
    };
    if (missing.account || missing.subject) return setErrors(missing);
    log.mutate(
      { accountId: account!.id, type, subject: subject.trim(), ...whenFields(type, day) },
      {
        onSuccess: () => {
          showSavedNotice(account!, type, (to) => void navigate(to));
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate data-testid="quick-log">
      <Stack gap="md">
        <AccountSearchInput
          label={t('capture.account')}
          placeholder={t('capture.accountPlaceholder')}
          value={account}
          onChange={(a) => {
            setAccount(a);
            setErrors((e) => ({ ...e, account: undefined }));
          }}
          onPicked={() => subjectRef.current?.focus()}
          error={errors.account}
          autoFocus
          testId="quick-log-account"
        />
        <TypePicker value={type} onChange={setType} numbered testId="quick-log-type" />
        <TextInput
          ref={subjectRef}
          label={t('capture.subject')}
          placeholder={t(`timeline.composer.placeholder.${type}`)}
          value={subject}
          onChange={(e) => {
            setSubject(e.currentTarget.value);
            setErrors((er) => ({ ...er, subject: undefined }));
          }}
          error={errors.subject ?? (log.error ? errorMessage(log.error, t) : undefined)}
          maxLength={300}
          data-testid="quick-log-subject"
        />
        <Group justify="space-between" align="flex-end" gap="sm">
          <Group gap="sm" align="flex-end">
            <TextInput
              type="date"
              size="xs"
              label={type === 'task' ? t('timeline.composer.due') : t('timeline.composer.day')}
              value={day}
              onChange={(e) => setDay(e.currentTarget.value)}
              w={150}
            />
            <Text size="xs" c="dimmed" pb={6}>
              {t('capture.as', { name: me.user.name, group: me.salesGroup?.name ?? t('common.noSalesGroup') })}
            </Text>
          </Group>
          <Button type="submit" loading={log.isPending} data-testid="quick-log-save">
            {t('capture.save')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" visibleFrom="sm">
          <Kbd size="xs">Enter</Kbd> {t('capture.hints.save')} · <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">1</Kbd>–<Kbd size="xs">6</Kbd>{' '}
          {t('capture.hints.type')} · <Kbd size="xs">Esc</Kbd> {t('capture.hints.close')}
        </Text>
      </Stack>
    </form>
  );
}
