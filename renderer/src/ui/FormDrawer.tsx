import { Alert, Button, Drawer, Flex, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useId, type FormEventHandler, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftNotice } from './drafts/DraftNotice';
import { FieldLabelsProvider, type FieldLabelRegistry } from './fieldLabels';
import { useConfirmDiscard } from './unsaved/useConfirmDiscard';
import { useUnsavedGuard } from './unsaved/unsavedStore';

interface FormDrawerProps {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitting: boolean;
  /** A server error that belongs to no single field. */
  formError?: string;
  width?: number;
  /** Collects the form's labels for the conflict dialog (from useRecordForm). */
  labels?: FieldLabelRegistry;
  /** Changes when the form is loaded with another version of the record: the fields mount afresh. */
  formKey?: number;
  /** The form differs from what is saved: closing asks first, and so does leaving the page. */
  dirty?: boolean;
  /** The form's id in the list of unsaved forms (from useRecordForm, which clears it on save). */
  guardId?: string;
  /** Told when the drawer opens and closes (a closed form keeps no draft). */
  onOpenChange?: (open: boolean) => void;
  /** The user chose to throw the changes away: the draft goes too. */
  onDiscard?: () => void;
  /** A draft found when the form opened. */
  draftNotice?: { savedAt: string; stale: boolean; onRestore: () => void; onDiscard: () => void };
  /** When the running draft was last kept. */
  draftSavedAt?: string;
  children: ReactNode;
}

/** Enter in a date or time box confirms the typed value; it never submits the surrounding form. */
export function keepEnterInPickers(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.closest('.ant-picker')) event.preventDefault();
}

/**
 * A side drawer holding one form: Enter in a text box submits (the Save button is the form's
 * submit button through its `form` attribute), Esc or Cancel closes — after asking, when the
 * form holds unsaved changes.
 */
export function FormDrawer(props: FormDrawerProps) {
  const { open, title, onClose, onSubmit, submitting, formError, width = 720, labels, formKey, dirty = false, children } = props;
  const { t } = useTranslation();
  const formId = useId();
  const confirmDiscard = useConfirmDiscard();
  useUnsavedGuard(open && dirty, typeof title === 'string' ? title : '', props.guardId);
  const { onOpenChange } = props;
  useEffect(() => onOpenChange?.(open), [open, onOpenChange]);

  const close = () => {
    if (!dirty) return onClose();
    confirmDiscard({
      onDiscard: () => {
        props.onDiscard?.();
        onClose();
      },
    });
  };

  return (
    <Drawer
      open={open}
      title={title}
      onClose={close}
      size={width}
      footer={
        <Flex justify="end" align="center" gap={8}>
          {dirty && props.draftSavedAt && (
            <Typography.Text type="secondary" style={{ marginInlineEnd: 'auto', fontSize: 12.5 }} aria-live="polite">
              {t('ui.draft.savedAt', { time: dayjs(props.draftSavedAt).format('HH:mm') })}
            </Typography.Text>
          )}
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" form={formId} loading={submitting}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <form id={formId} onSubmit={onSubmit} onKeyDown={keepEnterInPickers} noValidate>
        {props.draftNotice && <DraftNotice {...props.draftNotice} />}
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        <Form component="div" layout="vertical">
          <FieldLabelsProvider key={formKey} registry={labels}>
            {children}
          </FieldLabelsProvider>
        </Form>
      </form>
    </Drawer>
  );
}
