import type { Db } from '../db/client';
import { cancelExport, exportStatus, startExport } from './services/reports/export-jobs';
import { getAssessment, saveAssessment } from './services/reports/assessments';
import { commitmentItemsInScope } from './services/reports/commitment-items';
import { periodicReport } from './services/reports/periodic';
import type { CommandOutput, CommandParsedInput, DataCommandName } from '../shared/commands';
import { DEFAULT_LEGAL_BASES } from '../shared/plans/legal-bases';
import * as agencies from './services/agencies';
import * as backup from './services/backup/backup-service';
import * as attachments from './services/attachments/attachments';
import type { ServiceContext } from './services/context';
import * as catalogue from './services/catalogue';
import * as childAccess from './services/child-access';
import * as commitments from './services/commitments';
import * as documents from './services/documents';
import * as drafts from './services/drafts';
import * as establishments from './services/establishments';
import * as followUpCare from './services/follow-up/care';
import * as followUpCases from './services/follow-up/cases';
import * as followUpTodo from './services/follow-up/todo';
import { establishmentViolations } from './services/establishment-violations';
import { listConflicts, mergeEstablishments, resolveConflict } from './services/exchange/conflicts';
import { listHistory } from './services/exchange/history';
import { exportPackage, importPackage, previewPackage } from './services/exchange/packages';
import { acceptJoin, createTeam, joinTeam, listTeams, makeInvitation } from './services/exchange/teams';
import { getSettings, updateSettings } from './services/settings';
import * as users from './services/users';
import * as inspections from './services/inspections';
import * as minors from './services/minors';
import * as officials from './services/officials';
import * as planTargets from './services/plan-targets';
import * as planTeam from './services/plan-team';
import * as plans from './services/plans';
import * as reference from './services/reference';
import * as retention from './services/retention';
import * as violations from './services/violations';
import { getVerification, recordCheck, removeCheck } from './services/verification/checks';
import { startReinspection } from './services/verification/reinspection';
import * as sanctions from './services/verification/sanctions';

export type Handler<K extends DataCommandName> = (db: Db, input: CommandParsedInput<K>, ctx: ServiceContext) => CommandOutput<K> | Promise<CommandOutput<K>>;

/** Which service function answers each command; the type makes a missing command a compile error. */
export const handlers: { [K in DataCommandName]: Handler<K> } = {
  'establishments.create': establishments.createEstablishment,
  'establishments.update': establishments.updateEstablishment,
  'establishments.get': establishments.getEstablishment,
  'establishments.search': establishments.searchEstablishments,
  'establishments.remove': establishments.removeEstablishment,
  'establishments.restore': establishments.restoreEstablishment,
  'establishments.violations': establishmentViolations,
  'agencies.list': agencies.listAgencies,
  'agencies.create': agencies.createAgency,
  'agencies.update': agencies.updateAgency,
  'agencies.remove': agencies.removeAgency,
  'agencies.restore': agencies.restoreAgency,
  'officials.list': officials.listOfficials,
  'officials.get': officials.getOfficial,
  'officials.create': officials.createOfficial,
  'officials.update': officials.updateOfficial,
  'officials.remove': officials.removeOfficial,
  'officials.restore': officials.restoreOfficial,
  'reference.provinces': reference.listProvinces,
  'reference.communes': reference.listCommunes,
  'reference.legacyProvinces': reference.listLegacyProvinces,
  'plans.create': plans.createPlan,
  'plans.update': plans.updatePlan,
  'plans.get': plans.getPlan,
  'plans.list': plans.listPlans,
  'plans.setStatus': plans.setPlanStatus,
  'plans.remove': plans.removePlan,
  'plans.restore': plans.restorePlan,
  'plans.setTeam': planTeam.setTeam,
  'plans.addTargets': planTargets.addTargets,
  'plans.updateTarget': planTargets.updateTarget,
  'plans.removeTarget': planTargets.removeTarget,
  'plans.suggestTargets': planTargets.suggestTargets,
  'plans.legalBases': () => DEFAULT_LEGAL_BASES,
  'documents.generate': documents.generateDocument,
  'documents.list': documents.listDocuments,
  'documents.open': documents.documentFile,
  'documents.pdf': documents.documentPdf,
  'documents.content': documents.documentContent,
  'drafts.get': drafts.getDraft,
  'drafts.save': drafts.saveDraft,
  'drafts.discard': drafts.discardDraft,
  'catalogue.get': catalogue.getCatalogue,
  'catalogue.versions': catalogue.listCatalogueVersions,
  'catalogue.import': catalogue.importCatalogue,
  'inspections.create': inspections.createInspection,
  'inspections.update': inspections.updateInspection,
  'inspections.get': inspections.getInspection,
  'inspections.list': inspections.listInspections,
  'inspections.setChecklist': inspections.setChecklist,
  'inspections.finalise': inspections.finaliseInspection,
  'inspections.amend': inspections.amendInspection,
  'inspections.remove': inspections.removeInspection,
  'inspections.restore': inspections.restoreInspection,
  'minors.create': minors.createMinor,
  'minors.update': minors.updateMinor,
  'minors.remove': minors.removeMinor,
  'violations.suggest': violations.suggestViolations,
  'violations.create': violations.createViolation,
  'violations.update': violations.updateViolation,
  'violations.remove': violations.removeViolation,
  'violations.dismiss': violations.dismissSuggestion,
  'commitments.create': commitments.createCommitment,
  'commitments.update': commitments.updateCommitment,
  'commitments.remove': commitments.removeCommitment,
  'commitments.setItemStatus': commitments.setItemStatus,
  'commitments.due': commitments.dueCommitments,
  'reports.periodic': periodicReport,
  'reports.export': startExport,
  'reports.exportStatus': exportStatus,
  'reports.cancelExport': cancelExport,
  'reports.getAssessment': getAssessment,
  'reports.commitmentItems': commitmentItemsInScope,
  'reports.saveAssessment': saveAssessment,
  'history.list': childAccess.historyWithAccessLog,
  'users.list': users.listUsers,
  'users.create': users.createUser,
  'users.update': users.updateUser,
  'users.resetPassword': users.resetPassword,
  'settings.get': getSettings,
  'settings.update': updateSettings,
  'exchange.teams': listTeams,
  'exchange.createTeam': createTeam,
  'exchange.invitation': makeInvitation,
  'exchange.join': joinTeam,
  'exchange.acceptJoin': acceptJoin,
  'exchange.export': exportPackage,
  'exchange.preview': previewPackage,
  'exchange.import': importPackage,
  'exchange.history': listHistory,
  'exchange.conflicts': listConflicts,
  'exchange.resolveConflict': resolveConflict,
  'exchange.mergeEstablishments': mergeEstablishments,
  'audit.childAccess': childAccess.listChildAccess,
  'retention.preview': retention.previewRetention,
  'retention.purge': retention.purgeRetention,
  'backup.overview': backup.backupOverview,
  'backup.list': backup.listBackupFolder,
  'backup.updateSettings': backup.updateBackupSettings,
  'backup.create': backup.createBackup,
  'backup.inspect': backup.inspectBackup,
  'backup.check': backup.checkBackup,
  'backup.restore': backup.restoreBackup,
  'backup.status': backup.backupJobStatus,
  'backup.cancel': backup.cancelBackupJob,
  'attachments.add': attachments.addAttachment,
  'attachments.update': attachments.updateAttachment,
  'attachments.remove': attachments.removeAttachment,
  'attachments.restore': attachments.restoreAttachment,
  'attachments.list': attachments.listAttachments,
  'attachments.ofInspection': attachments.inspectionAttachments,
  'attachments.thumbnail': attachments.attachmentThumbnail,
  'attachments.content': attachments.attachmentContent,
  'attachments.open': attachments.openAttachment,
  'inspections.startReinspection': startReinspection,
  'verification.get': getVerification,
  'verification.record': recordCheck,
  'verification.remove': removeCheck,
  'sanctions.list': sanctions.listSanctions,
  'sanctions.create': sanctions.createSanction,
  'sanctions.update': sanctions.updateSanction,
  'sanctions.remove': sanctions.removeSanction,
  'sanctions.restore': sanctions.restoreSanction,
  'followUp.listCases': followUpCases.listCases,
  'followUp.getCase': followUpCases.getCase,
  'followUp.updateCase': followUpCases.updateCase,
  'followUp.closeCase': followUpCases.closeCase,
  'followUp.reopenCase': followUpCases.reopenCase,
  'followUp.addReferral': followUpCare.addReferral,
  'followUp.updateReferral': followUpCare.updateReferral,
  'followUp.removeReferral': followUpCare.removeReferral,
  'followUp.restoreReferral': followUpCare.restoreReferral,
  'followUp.addSupport': followUpCare.addSupport,
  'followUp.updateSupport': followUpCare.updateSupport,
  'followUp.removeSupport': followUpCare.removeSupport,
  'followUp.restoreSupport': followUpCare.restoreSupport,
  'followUp.addVisit': followUpCare.addVisit,
  'followUp.updateVisit': followUpCare.updateVisit,
  'followUp.removeVisit': followUpCare.removeVisit,
  'followUp.restoreVisit': followUpCare.restoreVisit,
  'followUp.todo': followUpTodo.todo,
  'followUp.todoCount': followUpTodo.todoCount,
};
