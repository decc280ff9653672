import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../../../shared/schemas/inspection';
import { useDrawerState } from '../../../ui/useDrawerState';
import type { SectionProps } from '../record/sectionProps';
import { useConfirmRemove } from '../useConfirmRemove';
import { CommitmentCard } from './CommitmentCard';
import { CommitmentFormDrawer } from './CommitmentFormDrawer';

/** "Cam kết": what the establishment promised to put right, by when, and whether it did. */
export function CommitmentsSection({ detail, locked }: SectionProps) {
  const { t } = useTranslation();
  const drawer = useDrawerState<Commitment>();
  const confirmRemove = useConfirmRemove('commitments.remove');
  const add = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()} disabled={locked}>
      {t('inspections.commitment.add')}
    </Button>
  );
  return (
    <>
      <Flex justify="space-between" align="center" gap={16} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('inspections.commitment.hint')}</Typography.Text>
        {detail.commitments.length > 0 && add}
      </Flex>
      {detail.commitments.length === 0 ? (
        <Empty description={t('inspections.commitment.empty')}>{add}</Empty>
      ) : (
        <Flex vertical gap={16}>
          {detail.commitments.map((c, index) => (
            <CommitmentCard
              key={c.id}
              commitment={c}
              index={index}
              locked={locked}
              finalised={detail.inspection.status !== 'draft'}
              establishmentName={detail.inspection.establishmentName}
              inspectionDate={detail.inspection.inspectionDate}
              onEdit={() => drawer.show(c)}
              onDelete={() => confirmRemove({ id: c.id, version: c.version, title: t('inspections.commitment.deleteConfirm', { n: index + 1 }) })}
            />
          ))}
        </Flex>
      )}
      <CommitmentFormDrawer key={drawer.key} open={drawer.open} onClose={drawer.close} detail={detail} editing={drawer.payload} />
    </>
  );
}
