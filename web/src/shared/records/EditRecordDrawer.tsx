import { Alert, Button, Drawer, Group, Stack } from '@mantine/core';
import { useState, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';
import { notify } from '../ui/notify';
import { ConflictNotice, conflictCurrent, type ConflictField } from './ConflictNotice';

/** What the shell needs of the form (a `useSchemaForm`). */
interface EditForm {
  errors: Record<string, unknown>;
  setServerErrors: (error: unknown) => boolean;
}

/**
 * The state of a version-checked edit: the record the form started from (`base`, whose version the
 * write carries) and, after a `409 version_conflict`, the record as it is now on the server.
 */
export function useRecordEdit<T>(record: T, onClose: () => void) {
  const { t } = useTranslation();
  const [base, setBase] = useState<T>(record);
  const [conflict, setConflict] = useState<T | null>(null);
  return {
    base,
    conflict,
    /** Go on from the server's record: keep the form's values (save mine over theirs) or take `current`'s. */
    resolve: (current: T) => {
      setBase(current);
      setConflict(null);
    },
    /** The write's outcome: saved (said, and the drawer closes), a conflict (shown), or field errors (at their fields). */
    outcome: (form: EditForm) => ({
      onSuccess: () => {
        notify(t('records.saved'));
        onClose();
      },
      onError: (error: unknown) => {
        const current = conflictCurrent<T>(error);
        if (current) setConflict(current);
        else form.setServerErrors(error);
      },
    }),
  };
}

interface Props<T extends Record<string, unknown>> {
  edit: ReturnType<typeof useRecordEdit<T>>;
  form: EditForm;
  /** The write: its error is shown above the fields when it names none of them. */
  write: { error: unknown; isPending: boolean; reset: () => void };
  /** The fields the conflict notice may name. */
  fields: readonly ConflictField<T>[];
  /** "Start again from theirs": put the server's record into the form. */
  onTakeTheirs: (current: T) => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onClose: () => void;
  title: string;
  /** `edit-contact` → the form `edit-contact-form`, the button `edit-contact-save`. */
  testId: string;
  size?: 'md' | 'lg';
  /** The write's error in the record's own words (e.g. a stage gate's missing fields); `errorMessage` by default. */
  errorText?: string | null;
  children: ReactNode;
}

/**
 * The drawer in which a record's fields are corrected (accounts, contacts, opportunities): a conflict
 * notice when someone else saved first, the write's error, the record's own fields, Cancel and Save.
 * Mounted while open, so that it starts from the record as it is now.
 */
export function EditRecordDrawer<T extends Record<string, unknown>>({
  edit,
  form,
  write,
  fields,
  onTakeTheirs,
  onSubmit,
  onClose,
  title,
  testId,
  size = 'md',
  errorText,
  children,
}: Props<T>) {
  const { t } = useTranslation();
  const close = () => {
    write.reset();
    onClose();
  };
  const { conflict } = edit;
  return (
    <Drawer opened onClose={close} position="right" size={size} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate data-testid={`${testId}-form`}>
        <Stack gap="md">
          {conflict && (
            <ConflictNotice
              before={edit.base}
              current={conflict}
              fields={fields}
              onKeepMine={() => edit.resolve(conflict)}
              onTakeTheirs={() => {
                onTakeTheirs(conflict);
                edit.resolve(conflict);
              }}
            />
          )}
          {!!write.error && !conflict && Object.keys(form.errors).length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {errorText ?? errorMessage(write.error, t)}
            </Alert>
          )}
          {children}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={write.isPending} data-testid={`${testId}-save`}>
              {t('records.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
