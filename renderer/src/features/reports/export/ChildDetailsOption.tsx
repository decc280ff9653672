import { Alert, App, Checkbox, DatePicker, Flex, Form, Input, Radio } from 'antd';
import dayjs from 'dayjs';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamDayOf } from '../../../../../shared/dates/vietnam-day';
import type { FieldIssue } from '../../../../../shared/errors';
import { CHILD_DATA_BASES, OTHER_BASIS_MIN, type ChildDataBasis, type ChildDataBasisKind } from '../../../../../shared/schemas/report';

/** What the form holds while the user fills it in: every field of every kind, as typed. */
export interface BasisDraft {
  kind?: ChildDataBasisKind;
  requestingBody: string;
  documentNumber: string;
  documentDate?: string;
  recipient: string;
  otherGround: string;
}
export const EMPTY_BASIS: BasisDraft = { requestingBody: '', documentNumber: '', recipient: '', otherGround: '' };

/** The fields of the chosen kind, as the command takes them (the service checks them again). */
export function basisFromDraft(draft: BasisDraft): ChildDataBasis | undefined {
  switch (draft.kind) {
    case 'competent_request':
      return { kind: draft.kind, requestingBody: draft.requestingBody.trim(), documentNumber: draft.documentNumber.trim(), documentDate: draft.documentDate ?? '' };
    case 'referral_decree56':
      return { kind: draft.kind, ...(draft.recipient.trim() ? { recipient: draft.recipient.trim() } : {}) };
    case 'other':
      return { kind: draft.kind, otherGround: draft.otherGround.trim() };
    default:
      return undefined;
  }
}

/** Field → message of the server's refusal under `legalBasis` ('kind' for the choice itself). */
export type BasisErrors = Partial<Record<keyof BasisDraft, string>>;
export function basisErrors(issues: readonly FieldIssue[] | undefined): BasisErrors | undefined {
  const under = (issues ?? []).filter((i) => i.path[0] === 'legalBasis');
  if (under.length === 0) return undefined;
  return Object.fromEntries(under.map((i) => [typeof i.path[1] === 'string' ? i.path[1] : 'kind', i.message]));
}

interface ChildDetailsOptionProps {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  legalBasis: BasisDraft;
  onLegalBasisChange: (draft: BasisDraft) => void;
  /** The server's refusals, shown on their fields. */
  legalBasisError?: BasisErrors;
}

/**
 * Exports are pseudonymised; children's personal details go in only after the user confirms
 * the legal constraints and chooses a legal basis from the list, which the server records in
 * the audit trail.
 */
export function ChildDetailsOption({ checked, onCheckedChange, legalBasis, onLegalBasisChange, legalBasisError }: ChildDetailsOptionProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const id = useId();
  const errors = legalBasisError ?? {};
  const set = (patch: Partial<BasisDraft>) => onLegalBasisChange({ ...legalBasis, ...patch });

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

  /** A field of the chosen kind, its error under it and tied to it for screen readers. */
  const item = (field: keyof BasisDraft, label: string, control: (aria: Record<string, unknown>) => ReactNode, required = true, extra?: string) => {
    const fieldId = `${id}-${field}`;
    const error = errors[field];
    return (
      <Form.Item
        label={label}
        htmlFor={fieldId}
        required={required}
        validateStatus={error ? 'error' : undefined}
        help={error && <span id={`${fieldId}-error`}>{error}</span>}
        extra={extra}
        style={{ marginBottom: 12 }}
      >
        {control({ id: fieldId, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${fieldId}-error` : undefined })}
      </Form.Item>
    );
  };

  return (
    <div>
      <Checkbox checked={checked} onChange={(e) => toggle(e.target.checked)}>
        {t('reports.childDetails.label')}
      </Checkbox>
      {!checked && <div style={{ color: 'rgba(0,0,0,0.55)', fontSize: 13, marginTop: 4, marginInlineStart: 24 }}>{t('reports.childDetails.pseudonymised')}</div>}
      {checked && (
        <div style={{ marginTop: 12, maxWidth: 720 }}>
          <Alert type="warning" showIcon title={t('reports.childDetails.audited')} style={{ marginBottom: 12 }} />
          <Form layout="vertical" component="div">
            <Form.Item
              label={<span id={`${id}-kind-label`}>{t('reports.childDetails.legalBasis')}</span>}
              required
              validateStatus={errors.kind ? 'error' : undefined}
              help={errors.kind && <span id={`${id}-kind-error`}>{errors.kind}</span>}
              style={{ marginBottom: 12 }}
            >
              <Radio.Group
                aria-labelledby={`${id}-kind-label`}
                aria-describedby={errors.kind ? `${id}-kind-error` : undefined}
                value={legalBasis.kind}
                onChange={(e) => set({ kind: e.target.value as ChildDataBasisKind })}
              >
                <Flex vertical gap={6}>
                  {CHILD_DATA_BASES.map((kind) => (
                    <Radio key={kind} value={kind}>
                      {t(`reports.childDetails.basis.${kind}`)}
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
            </Form.Item>
            {legalBasis.kind === 'competent_request' && (
              <>
                {item('requestingBody', t('reports.childDetails.requestingBody'), (aria) => (
                  <Input {...aria} value={legalBasis.requestingBody} maxLength={300} placeholder={t('reports.childDetails.requestingBodyPlaceholder')} onChange={(e) => set({ requestingBody: e.target.value })} />
                ))}
                <Flex gap={12} wrap>
                  <div style={{ flex: '1 1 200px' }}>
                    {item('documentNumber', t('reports.childDetails.documentNumber'), (aria) => (
                      <Input {...aria} value={legalBasis.documentNumber} maxLength={100} placeholder="45/VHXH" onChange={(e) => set({ documentNumber: e.target.value })} />
                    ))}
                  </div>
                  <div style={{ flex: '1 1 200px' }}>
                    {item('documentDate', t('reports.childDetails.documentDate'), (aria) => (
                      <DatePicker
                        {...aria}
                        format="DD/MM/YYYY"
                        style={{ width: '100%' }}
                        value={legalBasis.documentDate ? dayjs(legalBasis.documentDate) : null}
                        disabledDate={(d) => d.isAfter(vietnamDayOf(), 'day')}
                        onChange={(d) => set({ documentDate: d ? d.format('YYYY-MM-DD') : undefined })}
                        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
                      />
                    ))}
                  </div>
                </Flex>
              </>
            )}
            {legalBasis.kind === 'referral_decree56' &&
              item(
                'recipient',
                t('reports.childDetails.recipient'),
                (aria) => <Input {...aria} value={legalBasis.recipient} maxLength={300} placeholder={t('reports.childDetails.recipientPlaceholder')} onChange={(e) => set({ recipient: e.target.value })} />,
                false,
                t('reports.childDetails.referralHint'),
              )}
            {legalBasis.kind === 'other' &&
              item(
                'otherGround',
                t('reports.childDetails.otherGround'),
                (aria) => (
                  <Input.TextArea
                    {...aria}
                    value={legalBasis.otherGround}
                    onChange={(e) => set({ otherGround: e.target.value })}
                    placeholder={t('reports.childDetails.otherGroundPlaceholder')}
                    autoSize={{ minRows: 2, maxRows: 5 }}
                    maxLength={1000}
                    showCount
                  />
                ),
                true,
                t('reports.childDetails.otherGroundHint', { min: OTHER_BASIS_MIN }),
              )}
          </Form>
        </div>
      )}
    </div>
  );
}
