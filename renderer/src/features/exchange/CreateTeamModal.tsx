import { Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../../shared/schemas/exchange';
import { foldedSearch } from '../../ui/foldedSearch';
import { useCommandMutation } from '../../ui/useCommandMutation';
import { usePlans } from '../plans/queries';
import { EXCHANGE } from './queries';

interface CreateTeamModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (team: Team) => void;
}

/** The leader's laptop makes a team for a plan (its name taken from the plan), or a standing team. */
export function CreateTeamModal({ open, onClose, onCreated }: CreateTeamModalProps) {
  const { t } = useTranslation();
  const plans = usePlans({ includeDeleted: false });
  const [planId, setPlanId] = useState<string | undefined>();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const create = useCommandMutation('exchange.createTeam', { invalidates: [EXCHANGE], onSuccess: (team) => onCreated(team) });
  const options = (plans.data ?? []).filter((p) => p.status !== 'cancelled').map((p) => ({ value: p.id, label: p.title }));
  const blank = name.trim() === '';
  return (
    <Modal
      open={open}
      title={t('exchange.team.createTitle')}
      okText={t('exchange.team.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => {
        setTouched(true);
        if (!blank) create.mutate({ name: name.trim(), ...(planId ? { planId } : {}) });
      }}
      afterOpenChange={(visible) => {
        if (!visible) {
          setPlanId(undefined);
          setName('');
          setTouched(false);
        }
      }}
      width={560}
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('exchange.team.plan')} htmlFor="exchange-team-plan" extra={t('exchange.team.planHint')}>
          <Select
            id="exchange-team-plan"
            allowClear
            showSearch={foldedSearch}
            placeholder={t('exchange.team.planPlaceholder')}
            loading={plans.isPending}
            options={options}
            value={planId}
            onChange={(value?: string) => {
              setPlanId(value);
              const title = options.find((o) => o.value === value)?.label;
              if (title && (blank || options.some((o) => o.label === name))) setName(title);
            }}
          />
        </Form.Item>
        <Form.Item
          label={t('exchange.team.name')}
          htmlFor="exchange-team-name"
          required
          validateStatus={touched && blank ? 'error' : undefined}
          help={touched && blank ? t('exchange.team.needName') : undefined}
        >
          <Input id="exchange-team-name" value={name} maxLength={200} placeholder={t('exchange.team.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
        </Form.Item>
      </Form>
      {!planId && <Typography.Text type="secondary">{t('exchange.team.standing')}</Typography.Text>}
    </Modal>
  );
}
