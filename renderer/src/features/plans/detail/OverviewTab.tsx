import { Col, Row } from 'antd';
import type { PlanDetail } from '../../../../../shared/schemas/plan';
import { LegalBasesList } from './LegalBasesList';
import { PlanFacts } from './PlanFacts';
import { StatusCard } from './StatusCard';

export function OverviewTab({ detail }: { detail: PlanDetail }) {
  return (
    <Row gutter={16}>
      <Col xs={24} xl={16}>
        <PlanFacts plan={detail.plan} />
        <LegalBasesList items={detail.plan.legalBases} />
      </Col>
      <Col xs={24} xl={8}>
        <StatusCard detail={detail} />
      </Col>
    </Row>
  );
}
