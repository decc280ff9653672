import { ClockCircleOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../../shared/schemas/exchange';
import { formatVietnamTime } from '../../ui/formatValue';
import { useCan } from '../../ui/session';
import { useCommandMutation } from '../../ui/useCommandMutation';
import { EXCHANGE } from './queries';

type Device = Team['devices'][number];

const DAY_MS = 24 * 3600_000;

/** Each laptop of the team: its official, status, key fingerprint, last exchange and a clock warning (never blocking). */
export function RosterTable({ team }: { team: Team }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const canAccept = useCan('exchange.acceptJoin') && team.isLeader && team.devices.some((d) => d.status === 'pending');
  const accept = useCommandMutation('exchange.acceptJoin', { invalidates: [EXCHANGE] });
  const confirmAccept = (device: Device) =>
    modal.confirm({
      title: t('exchange.roster.acceptTitle', { device: device.label, name: device.officialName }),
      content: (
        <Typography.Paragraph style={{ marginTop: 8 }}>
          {t('exchange.roster.acceptText', { fingerprint: device.fingerprint })}
        </Typography.Paragraph>
      ),
      okText: t('exchange.roster.accept'),
      cancelText: t('common.cancel'),
      width: 560,
      onOk: () =>
        accept.mutateAsync({ teamId: team.id, deviceId: device.deviceId }).then(() => void message.success(t('exchange.roster.accepted', { name: device.officialName }))),
    });

  return (
    <Table<Device>
      rowKey="deviceId"
      size="middle"
      pagination={false}
      dataSource={team.devices}
      aria-label={t('exchange.roster.title')}
      columns={[
        {
          title: t('exchange.roster.device'),
          key: 'device',
          render: (_, d) => (
            <Flex vertical gap={2}>
              <Typography.Text strong>{d.label}</Typography.Text>
              <Flex gap={4} wrap>
                {d.isThisDevice && <Tag color="blue">{t('exchange.roster.thisDevice')}</Tag>}
                {d.isLeader && <Tag color="purple">{t('exchange.roster.leader')}</Tag>}
              </Flex>
            </Flex>
          ),
        },
        { title: t('exchange.roster.official'), dataIndex: 'officialName' },
        {
          title: t('exchange.roster.status'),
          key: 'status',
          render: (_, d) => <Tag color={d.status === 'accepted' ? 'green' : 'gold'}>{t(`exchange.deviceStatus.${d.status}`)}</Tag>,
        },
        {
          title: <Tooltip title={t('exchange.roster.fingerprintHint')}>{t('exchange.roster.fingerprint')}</Tooltip>,
          dataIndex: 'fingerprint',
          render: (fp: string) => (
            <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
              {fp}
            </Typography.Text>
          ),
        },
        {
          title: <Tooltip title={t('exchange.roster.numbersHint')}>{t('exchange.roster.numbers')}</Tooltip>,
          key: 'numbers',
          render: (_, d) =>
            d.numberSeries ? (
              <Typography.Text style={{ whiteSpace: 'nowrap' }}>{d.numberSeries}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('exchange.roster.numbersNone')}</Typography.Text>
            ),
        },
        {
          title: t('exchange.roster.lastExchange'),
          key: 'last',
          render: (_, d) => (
            <Flex vertical gap={4} align="flex-start">
              {d.isThisDevice ? '' : d.lastExchangeAt ? formatVietnamTime(d.lastExchangeAt) : <Typography.Text type="secondary">{t('exchange.roster.never')}</Typography.Text>}
              {d.clockAheadMs !== undefined && (
                <Tooltip title={t('exchange.roster.clockHint')}>
                  <Tag color="warning" icon={<ClockCircleOutlined aria-hidden />}>
                    {t('exchange.roster.clockAhead', { days: Math.max(1, Math.floor(d.clockAheadMs / DAY_MS)) })}
                  </Tag>
                </Tooltip>
              )}
            </Flex>
          ),
        },
        ...(canAccept
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 190,
                render: (_: unknown, d: Device) =>
                  d.status === 'pending' && (
                    <Button type="primary" size="small" onClick={() => confirmAccept(d)}>
                      {t('exchange.roster.accept')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
