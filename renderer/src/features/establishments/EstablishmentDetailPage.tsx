import { DeleteOutlined, EditOutlined, FileSearchOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Establishment } from '../../../../shared/schemas/establishment';
import { HistoryPanel } from '../../ui/history/HistoryPanel';
import { PageHeader } from '../../ui/PageHeader';
import { useCan } from '../../ui/session';
import { useDrawerState } from '../../ui/useDrawerState';
import { StartInspectionDrawer } from '../inspections/start/StartInspectionDrawer';
import { EstablishmentFacts } from './EstablishmentFacts';
import { EstablishmentRecord } from './EstablishmentRecord';
import { EstablishmentFormDrawer, type EstablishmentDrawerPayload } from './form/EstablishmentFormDrawer';
import { KindTag } from './KindTag';
import { MemberList } from './MemberList';
import { useReferenceNames } from '../reference/queries';
import { useEstablishment } from './queries';
import { useEstablishmentActions } from './useEstablishmentActions';
import { BackLink, DetailPageLoading } from '../../ui/DetailPageLoading';

/** A new member of a village: a household in the same place and trade. */
const memberDefaults = (village: Establishment): EstablishmentDrawerPayload => ({
  village,
  defaults: {
    kind: 'household',
    parentId: village.id,
    provinceCode: village.provinceCode,
    communeCode: village.communeCode,
    sector: village.sector,
    trade: village.trade,
  },
});

export function EstablishmentDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useEstablishment(id);
  const drawer = useDrawerState<EstablishmentDrawerPayload>();
  const actions = useEstablishmentActions();
  const places = useReferenceNames();
  const canEdit = useCan('establishments.update');
  const canInspect = useCan('inspections.create');
  const navigate = useNavigate();
  const starting = useDrawerState();
  const back = <BackLink to="/establishments" label={t('establishment.detail.backToList')} />;

  if (!detail.isSuccess) return <DetailPageLoading query={detail} back={back} notFound={t('establishment.detail.notFound')} />;

  const { establishment: e, members } = detail.data;
  const deleted = Boolean(e.deletedAt);
  const rowHandlers = { onEdit: (editing: Establishment) => drawer.show({ editing }), onDelete: actions.remove, onRestore: actions.restore };

  return (
    <>
      <PageHeader
        breadcrumb={back}
        title={
          <Flex gap={12} align="center" wrap>
            {e.name}
            <KindTag kind={e.kind} />
            {deleted && <Tag color="red">{t('common.deletedTag')}</Tag>}
          </Flex>
        }
        description={[e.communeName, e.provinceName].filter(Boolean).join(', ') || undefined}
        extra={
          !canEdit ? null : deleted ? (
            <Button icon={<UndoOutlined aria-hidden />} onClick={() => actions.restore(e)}>
              {t('common.restore')}
            </Button>
          ) : (
            <>
              {canInspect && (
                <Button type="primary" icon={<FileSearchOutlined aria-hidden />} onClick={() => starting.show()}>
                  {t('establishment.record.inspect')}
                </Button>
              )}
              <Button icon={<EditOutlined aria-hidden />} onClick={() => drawer.show({ editing: e })}>
                {t('common.edit')}
              </Button>
              <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => actions.remove(e)}>
                {t('common.delete')}
              </Button>
            </>
          )
        }
      />
      {deleted && <Alert type="warning" showIcon title={t('establishment.detail.deletedNotice')} style={{ marginBottom: 16 }} />}
      <EstablishmentFacts establishment={e} />
      {e.kind === 'craft_village' && (
        <MemberList members={members} canAdd={!deleted && canEdit} onAdd={() => drawer.show(memberDefaults(e))} handlers={rowHandlers} />
      )}
      <EstablishmentRecord establishmentId={e.id} />
      <HistoryPanel entity="establishment" id={e.id} nameOf={(field, value) => (field === 'parentId' && value === e.parentId ? e.parentName : places.of(field, value))} />
      <EstablishmentFormDrawer key={drawer.key} open={drawer.open} onClose={drawer.close} {...drawer.payload} />
      <StartInspectionDrawer key={`start-${starting.key}`} open={starting.open} onClose={starting.close} preset={{ establishmentId: e.id }} onStarted={(inspectionId) => navigate(`/inspections/${inspectionId}`)} />
    </>
  );
}
