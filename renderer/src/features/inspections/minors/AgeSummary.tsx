import { WarningOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgeTags } from './AgeTags';
import type { LiveAge } from './liveAge';

/** The computed age next to the birth fields: what the rules will use. */
export function AgeSummary({ live }: { live: LiveAge }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} aria-live="polite" style={{ background: '#f6f8fb', border: '1px solid #e5e8ee', borderRadius: 6, padding: '8px 12px', minHeight: 58 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
        {t('inspections.minor.ageAtInspection')}
      </Typography.Text>
      {live.state === 'ok' ? (
        <>
          <AgeTags age={live.age} estimated={live.estimated} band={live.band} child={live.child} />
          {live.warnings.map((w) => (
            <Typography.Text key={w} type="warning" style={{ fontSize: 12.5 }}>
              <WarningOutlined aria-hidden /> {w}
            </Typography.Text>
          ))}
        </>
      ) : (
        <Typography.Text type="secondary">{live.state === 'unknown' ? t('inspections.minor.ageUnknown') : t('inspections.minor.ageInvalid')}</Typography.Text>
      )}
    </Flex>
  );
}
