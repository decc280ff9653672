import { Alert, App, Checkbox, Form, Input } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ChildDetailsOptionProps {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  legalBasis: string;
  onLegalBasisChange: (text: string) => void;
  /** The server's refusal, shown on the field. */
  legalBasisError?: string;
}

/**
 * Exports are pseudonymised; children's personal details go in only after the user confirms
 * the legal constraints and states a legal basis, which the server records in the audit trail.
 */
export function ChildDetailsOption({ checked, onCheckedChange, legalBasis, onLegalBasisChange, legalBasisError }: ChildDetailsOptionProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const fieldId = useId();

  const toggle = (next: boolean) => {
    if (!next) return onCheckedChange(false);
    modal.confirm({
      title: t('reports.childDetails.confirmTitle'),
      content: (
        <>
          <p>{t('reports.childDetails.confirmLaw')}</p>
          <p>{t('reports.childDetails.confirmBasis')}</p>
        </>
      ),
      okText: t('reports.childDetails.confirmOk'),
      cancelText: t('common.cancel'),
      width: 520,
      onOk: () => onCheckedChange(true),
    });
  };

  return (
    <div>
      <Checkbox checked={checked} onChange={(e) => toggle(e.target.checked)}>
        {t('reports.childDetails.label')}
      </Checkbox>
      {!checked && <div style={{ color: 'rgba(0,0,0,0.55)', fontSize: 13, marginTop: 4, marginInlineStart: 24 }}>{t('reports.childDetails.pseudonymised')}</div>}
      {checked && (
        <div style={{ marginTop: 12 }}>
          <Alert type="warning" showIcon title={t('reports.childDetails.audited')} style={{ marginBottom: 12 }} />
          <Form layout="vertical" component="div">
            <Form.Item
              label={t('reports.childDetails.legalBasis')}
              htmlFor={fieldId}
              required
              validateStatus={legalBasisError ? 'error' : undefined}
              help={legalBasisError && <span id={`${fieldId}-error`}>{legalBasisError}</span>}
              style={{ marginBottom: 0 }}
            >
              <Input.TextArea
                id={fieldId}
                value={legalBasis}
                onChange={(e) => onLegalBasisChange(e.target.value)}
                placeholder={t('reports.childDetails.legalBasisPlaceholder')}
                autoSize={{ minRows: 2, maxRows: 5 }}
                maxLength={1000}
                aria-invalid={legalBasisError ? true : undefined}
                aria-describedby={legalBasisError ? `${fieldId}-error` : undefined}
              />
            </Form.Item>
          </Form>
        </div>
      )}
    </div>
  );
}
