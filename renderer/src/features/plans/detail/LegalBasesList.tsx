import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnverifiedBases } from '../legalBases';
import { UnverifiedTag } from '../UnverifiedTag';

export function LegalBasesList({ items }: { items: string[] }) {
  const { t } = useTranslation();
  const unverified = useUnverifiedBases();
  return (
    <Card title={t('plans.section.legalBases')} style={{ marginTop: 16 }}>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('plans.legalBases.empty')}</Typography.Text>
      ) : (
        <ol aria-label={t('plans.section.legalBases')} style={{ margin: 0, paddingInlineStart: 22 }}>
          {items.map((text, i) => (
            <li key={i} style={{ marginBottom: 6 }}>
              <Flex gap={8} align="flex-start" justify="space-between">
                <span>{text}</span>
                {unverified.has(text) && <UnverifiedTag />}
              </Flex>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
