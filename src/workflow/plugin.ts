import type { CollectionConfig, GlobalConfig, Plugin } from 'payload'

import { AuditLog } from '../../collections/AuditLog'
import { addJobs, appendCollectionHooks, appendGlobalHooks, type QueueRunner } from '../plugins/kit'
import { csrfOrigins } from '../access/csrfOrigins'
import { denyMissingAccess, denyMissingGlobalAccess } from '../access/denyByDefault'
import { guardExistingDocument } from '../access/guardExistingDocument'
import { tightenInternalCollections } from '../access/internalCollections'
import { passwordOnChange, passwordOnReset } from '../access/passwordPolicy'
import { AUDIT_LOG } from './audit/actions'
import { auditDelete } from './audit/deleteHook'
import { auditFailedLogin, auditLogin, rememberLoginAttempt } from './audit/loginHooks'
import {
  auditCollectionPublication,
  auditGlobalPublication,
  rememberCollectionStatus,
  rememberGlobalStatus,
} from './audit/publicationHooks'
import { auditRoleChange } from './audit/roleHooks'
import { WORKFLOW_QUEUE, reviewReminderMailTask, reviewRemindersTask } from './reminders/tasks'
import { reviewField } from './reviewFields'
import { reviewCollectionChange, reviewGlobalChange } from './reviewHooks'
import { isReviewedCollection, isReviewedGlobal } from './sharedContent'

const hasDrafts = (versions: unknown) => Boolean(versions && typeof versions === 'object' && (versions as { drafts?: unknown }).drafts)

const OVERDUE_REVIEWS = '/src/workflow/components/OverdueReviews#OverdueReviews'

function withWorkflow(collection: CollectionConfig): CollectionConfig {
  const closed = denyMissingAccess(collection)
  const drafts = hasDrafts(collection.versions)
  const reviewed = isReviewedCollection(collection.slug)
  // Internal collections (a change log, a queue) are the system's bookkeeping, not history.
  const audited = !(collection.admin?.hidden === true)
  const auth = Boolean(collection.auth)

  const withHooks = appendCollectionHooks(closed, {
    beforeOperation: [guardExistingDocument, ...(auth ? [rememberLoginAttempt, passwordOnReset] : [])],
    beforeValidate: auth ? [passwordOnChange] : [],
    beforeChange: [...(reviewed ? [reviewCollectionChange] : []), ...(drafts && audited ? [rememberCollectionStatus] : [])],
    afterChange: [...(drafts && audited ? [auditCollectionPublication] : []), ...(auth ? [auditRoleChange] : [])],
    afterDelete: audited ? [auditDelete] : [],
    afterLogin: auth ? [auditLogin] : [],
  })
  return { ...withHooks, fields: reviewed ? [...collection.fields, reviewField] : collection.fields }
}

function withGlobalWorkflow(global: GlobalConfig): GlobalConfig {
  const closed = denyMissingGlobalAccess(global)
  if (!hasDrafts(global.versions)) return closed
  const reviewed = isReviewedGlobal(global.slug)
  const withHooks = appendGlobalHooks(closed, {
    beforeChange: [...(reviewed ? [reviewGlobalChange] : []), rememberGlobalStatus],
    afterChange: [auditGlobalPublication],
  })
  return { ...withHooks, fields: reviewed ? [...global.fields, reviewField] : global.fields }
}

/**
 * Payload queues scheduled publishing on the default queue, and so does the workflow: a runner for
 * it in every long-running instance (JOBS_AUTORUN=false turns it off, like the other queues).
 */
const DEFAULT_QUEUE_RUNNER: QueueRunner = { cron: '*/15 * * * * *', queue: WORKFLOW_QUEUE, limit: 20 }

/**
 * Roles, editorial workflow and audit in one place, added to the portal config:
 * - deny by default: every collection and global without a rule for an operation gets "no one";
 * - update and delete by id also check the latest draft and read access (Payload issue 5224);
 * - the second pair of eyes on shared content (review fields and the publish check);
 * - the audit log (logins, role changes, publish, unpublish, delete);
 * - login hardening: minimum password length, CSRF allowlist for the login cookie;
 * - review reminders by mail and the overdue list on the admin dashboard;
 * - a runner for the default queue, where scheduled publishing waits.
 */
export function workflowPlugin(): Plugin {
  return (config) => {
    return {
      ...config,
      collections: [...(config.collections ?? []).map(withWorkflow), AuditLog],
      globals: (config.globals ?? []).map(withGlobalWorkflow),
      csrf: [...new Set([...(config.csrf ?? []), ...csrfOrigins()])],
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), auditFailedLogin] },
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), OVERDUE_REVIEWS],
        },
      },
      // Only admins run, queue or cancel jobs over the API; Payload's default is any account.
      jobs: addJobs(config, { tasks: [reviewRemindersTask, reviewReminderMailTask], runners: [DEFAULT_QUEUE_RUNNER], adminOnlyApi: true }),
      onInit: async (payload) => {
        tightenInternalCollections(payload)
        await config.onInit?.(payload)
      },
    }
  }
}

export { AUDIT_LOG }
