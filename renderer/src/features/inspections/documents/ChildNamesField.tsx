import { App, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildNameMode } from '../../../../../shared/schemas/document';

interface ChildNamesFieldProps {
  value: ChildNameMode;
  onChange: (mode: ChildNameMode) => void;
}

/**
 * How a paper names the children: by initials (the default) or by full name. Full names go into a
 * copy the establishment keeps, so choosing them asks first, every time.
 */
export function ChildNamesField({ value, onChange }: ChildNamesFieldProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const choose = (mode: ChildNameMode) => {
    if (mode === 'initials') return onChange(mode);
    modal.confirm({
      title: t('inspections.documents.fullConfirmTitle'),
      content: t('inspections.documents.fullConfirmText'),
      okText: t('inspections.documents.fullConfirmOk'),
      cancelText: t('common.cancel'),
      onOk: () => onChange('full'),
    });
  };
  return (
    <Form.Item label={t('inspections.documents.childNamesLabel')} extra={t('inspections.documents.childNamesHint')}>
      <Radio.Group
        aria-label={t('inspections.documents.childNamesLabel')}
        optionType="button"
        buttonStyle="solid"
        value={value}
        onChange={(e) => choose(e.target.value as ChildNameMode)}
        options={[
          { value: 'initials', label: t('inspections.documents.defaultOption', { label: t('inspections.documents.childNameMode.initials') }) },
          { value: 'full', label: t('inspections.documents.childNameMode.full') },
        ]}
      />
    </Form.Item>
  );
}
