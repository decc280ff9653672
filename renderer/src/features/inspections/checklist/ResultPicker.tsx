import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Flex, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from './useChecklistDraft';

const ICONS: Record<CheckResult, React.ReactNode> = {
  compliant: <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden />,
  violation: <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden />,
  not_applicable: <MinusCircleOutlined style={{ color: '#8c8c8c' }} aria-hidden />,
  not_checked: <QuestionCircleOutlined style={{ color: '#bfbfbf' }} aria-hidden />,
};
const ORDER: CheckResult[] = ['compliant', 'violation', 'not_applicable', 'not_checked'];

interface ResultPickerProps {
  value: CheckResult;
  onChange: (value: CheckResult) => void;
  label: string;
  disabled: boolean;
}

/** The four answers of a checklist row; arrow keys move between them. */
export function ResultPicker({ value, onChange, label, disabled }: ResultPickerProps) {
  const { t } = useTranslation();
  return (
    <Segmented<CheckResult>
      aria-label={label}
      size="small"
      value={value}
      disabled={disabled}
      onChange={onChange}
      options={ORDER.map((result) => ({
        value: result,
        label: (
          <Flex gap={4} align="center">
            {ICONS[result]}
            {t(`inspections.result.${result}`)}
          </Flex>
        ),
      }))}
    />
  );
}
