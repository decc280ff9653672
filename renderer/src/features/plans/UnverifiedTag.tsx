import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export function UnverifiedTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('plans.legalBases.unverifiedHint')}>
      <Tag color="warning" icon={<ExclamationCircleOutlined aria-hidden />} style={{ marginInlineEnd: 0, whiteSpace: 'nowrap' }}>
        {t('plans.legalBases.unverified')}
      </Tag>
    </Tooltip>
  );
}
