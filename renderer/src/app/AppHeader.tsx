import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UserMenu } from './UserMenu';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, position: 'sticky', top: 0, zIndex: 20 }}>
      <Flex align="center" gap={12}>
        <SafetyCertificateOutlined style={{ fontSize: 28, color: '#ffffff' }} aria-hidden />
        <Flex vertical style={{ lineHeight: 1.25 }}>
          <Typography.Text strong style={{ color: '#ffffff', fontSize: 17 }}>
            {t('app.name')}
          </Typography.Text>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.75)', fontSize: 12.5 }}>{t('app.subtitle')}</Typography.Text>
        </Flex>
      </Flex>
      <UserMenu />
    </Layout.Header>
  );
}
