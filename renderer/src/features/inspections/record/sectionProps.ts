import type { InspectionDetail } from '../../../../../shared/schemas/inspection';

/** What every section of the record page receives. */
export interface SectionProps {
  detail: InspectionDetail;
  /** Finalised: shown read-only until an amendment is opened. */
  locked: boolean;
  /** Sections with a save button say when they hold unsaved changes. */
  onDirty?: (dirty: boolean) => void;
}
