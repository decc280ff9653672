import { MergeCellsOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConflictEntry } from '../../../../shared/schemas/exchange';
import { formatVietnamTime } from '../../ui/formatValue';
import { useCan } from '../../ui/session';
import { useCommandMutation } from '../../ui/useCommandMutation';
import { EXCHANGE, refreshEverything } from './queries';
import { useEstablishment } from '../establishments/queries';


/** A likely duplicate establishment (registered on two laptops): keep one, and every linked record moves to it. */
export function DuplicateCard({ entry }: { entry: ConflictEntry }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const ids = [String(entry.a.value), String(entry.b.value)] as const;
  const first = useEstablishment(ids[0]);
  const second = useEstablishment(ids[1]);
  const canMerge = useCan('exchange.mergeEstablishments');
  const merge = useCommandMutation('exchange.mergeEstablishments', { invalidates: [EXCHANGE], onSuccess: () => void refreshEverything(queryClient) });
  const dismiss = useCommandMutation('exchange.resolveConflict', { invalidates: [EXCHANGE], onSuccess: () => void message.success(t('exchange.inbox.done')) });
  const names = [first.data?.establishment.name ?? '', second.data?.establishment.name ?? ''];

  const keep = (index: 0 | 1) => {
    const into = names[index]!;
    const from = names[1 - index]!;
    modal.confirm({
      title: t('exchange.inbox.mergeTitle', { from, into }),
      content: t('exchange.inbox.mergeText', { from, into }),
      okText: t('exchange.inbox.mergeOk'),
      cancelText: t('common.cancel'),
      width: 560,
      onOk: () =>
        merge
          .mutateAsync({ id: ids[1 - index]!, intoId: ids[index]! })
          .then((result) => void message.success(t('exchange.inbox.merged', { count: result.movedRecords, name: into }))),
    });
  };

  return (
    <Card
      size="small"
      role="article"
      aria-label={t(`exchange.conflictKind.${entry.kind}`)}
      title={<Typography.Text strong>{entry.recordLabel}</Typography.Text>}
      extra={<Tag color="red">{t(`exchange.conflictKind.${entry.kind}`)}</Tag>}
    >
      <Typography.Paragraph type="secondary">{t('exchange.inbox.duplicateText')}</Typography.Paragraph>
      <Row gutter={[12, 12]}>
        {[first, second].map((query, index) => {
          const side = index === 0 ? entry.a : entry.b;
          const e = query.data?.establishment;
          return (
            <Col key={ids[index]} xs={24} md={12}>
              <section style={{ border: '1px solid #d9dde5', borderRadius: 8, padding: 12, background: '#fafbfc', height: '100%' }}>
                {query.isPending ? (
                  <Skeleton active paragraph={{ rows: 2 }} />
                ) : !e ? (
                  <Typography.Text type="secondary">{t('exchange.inbox.noRecord')}</Typography.Text>
                ) : (
                  <Flex vertical gap={6}>
                    <Link to={`/establishments/${e.id}`} style={{ fontSize: 16, fontWeight: 600 }}>
                      {e.name}
                    </Link>
                    <Typography.Text type="secondary">
                      {[e.taxCode, e.address, e.communeName, e.provinceName].filter(Boolean).join(' · ') || '—'}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {t('exchange.inbox.who', { user: side.user, device: side.device })} {t('exchange.inbox.when', { at: formatVietnamTime(side.at) })}
                    </Typography.Text>
                    {canMerge && !e.deletedAt && (
                      <Button icon={<MergeCellsOutlined aria-hidden />} loading={merge.isPending} onClick={() => keep(index as 0 | 1)} style={{ alignSelf: 'flex-start' }}>
                        {t('exchange.inbox.keepThisOne')}
                      </Button>
                    )}
                  </Flex>
                )}
              </section>
            </Col>
          );
        })}
      </Row>
      {canMerge && (
        <Button type="text" style={{ marginTop: 12 }} loading={dismiss.isPending} onClick={() => dismiss.mutate({ id: entry.id, expectedVersion: entry.version, choice: 'dismiss' })}>
          {t('exchange.inbox.notDuplicate')}
        </Button>
      )}
    </Card>
  );
}
