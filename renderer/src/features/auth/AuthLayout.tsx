import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BRAND } from '../../app/theme';

interface AuthLayoutProps {
  title: ReactNode;
  /** An icon beside the title (the lock screen's padlock). */
  icon?: ReactNode;
  width?: number;
  children: ReactNode;
  /** Under the card: links such as «Quên mật khẩu?». */
  footer?: ReactNode;
}

/**
 * The page of every screen before the work: setup, sign-in, the lock, recovery. Nothing of the
 * records is mounted behind it.
 */
export function AuthLayout({ title, icon, width = 460, children, footer }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <main style={{ minHeight: '100vh', background: '#eef1f5', display: 'flex', flexDirection: 'column' }}>
      <div style={{ height: 6, background: BRAND }} aria-hidden />
      <Flex vertical align="center" style={{ flex: 1, padding: '40px 16px' }}>
        <Flex align="center" gap={12} style={{ marginBottom: 24 }}>
          <SafetyCertificateOutlined style={{ fontSize: 36, color: BRAND }} aria-hidden />
          <Flex vertical style={{ lineHeight: 1.3 }}>
            <Typography.Text strong style={{ fontSize: 19, color: BRAND }}>
              {t('app.name')}
            </Typography.Text>
            <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
          </Flex>
        </Flex>
        <Card style={{ width: '100%', maxWidth: width, boxShadow: '0 2px 10px rgba(31, 78, 121, 0.08)' }} styles={{ body: { padding: '28px 32px' } }}>
          <Flex align="center" gap={10} style={{ marginBottom: 16 }}>
            {icon}
            <Typography.Title level={3} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
          </Flex>
          {children}
        </Card>
        {footer && <div style={{ marginTop: 16 }}>{footer}</div>}
      </Flex>
    </main>
  );
}
