import { Card, Flex, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCount } from '../reports/labels';

interface StatCardProps {
  title: string;
  value: number;
  icon: ReactNode;
  /** Accent of the icon badge. */
  color: string;
  format?: (value: number) => string;
  /** The records behind the number; the whole card is then a link. */
  to?: string;
  /** A line under the number (may hold its own links when the card has none). */
  footer?: ReactNode;
}

/** One key number of the dashboard. */
export function StatCard({ title, value, icon, color, format = formatCount, to, footer }: StatCardProps) {
  const card = (
    <Card hoverable={Boolean(to)} style={{ height: '100%' }} styles={{ body: { padding: '16px 18px' } }}>
      <Flex gap={14} align="flex-start">
        <Flex
          align="center"
          justify="center"
          style={{ width: 42, height: 42, borderRadius: 10, background: `${color}1a`, color, fontSize: 20, flex: 'none' }}
          aria-hidden
        >
          {icon}
        </Flex>
        <div style={{ minWidth: 0 }}>
          <Statistic title={title} value={value} formatter={(v) => format(Number(v))} styles={{ content: { fontSize: 26, fontWeight: 600 } }} />
          {footer && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {footer}
            </Typography.Text>
          )}
        </div>
      </Flex>
    </Card>
  );
  return to ? (
    <Link to={to} style={{ display: 'block', height: '100%', color: 'inherit' }}>
      {card}
    </Link>
  ) : (
    card
  );
}
