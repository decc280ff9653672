import { Alert, Button, Drawer, Flex, Form } from 'antd';
import { useId, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldLabelsProvider, type FieldLabelRegistry } from './fieldLabels';

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
  children: ReactNode;
}

/**
 * A side drawer holding one form: Enter in a text box submits (the Save button is the form's
 * submit button through its `form` attribute), Esc or Cancel closes.
 */
export function FormDrawer({ open, title, onClose, onSubmit, submitting, formError, width = 720, labels, formKey, children }: FormDrawerProps) {
  const { t } = useTranslation();
  const formId = useId();
  return (
    <Drawer
      open={open}
      title={title}
      onClose={onClose}
      size={width}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" form={formId} loading={submitting}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate>
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
