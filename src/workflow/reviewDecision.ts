import type { ReviewState } from './reviewFields'
import { WORKFLOW_MESSAGES, WorkflowError } from './errors'
import { relationKey } from '../lib/relations'

type ID = number | string

export type ReviewRecord = {
  state?: ReviewState | null
  note?: string | null
  lastAuthor?: ID | { id: ID } | null
  lastAuthorName?: string | null
  submittedAt?: string | null
}

export type ReviewActor = { id: ID; isAdmin: boolean; name: string }

export type ReviewInput = {
  /** Who saves; null for the system (seed, a job without a user). */
  actor: ReviewActor | null
  /** The review group as stored on the latest version. */
  before: ReviewRecord | null | undefined
  /** The review group as sent with this save (the admin sends it back unchanged). */
  requested: ReviewRecord | null | undefined
  /** Whether this save changes the content readers see. */
  contentChanged: boolean
  /** Whether the document is live after this save. */
  publishing: boolean
  /** Whether the latest stored version is already the published one (nothing waits for review). */
  alreadyLive: boolean
  now: Date
}

const idOf = relationKey

/**
 * The second pair of eyes, as one decision: what the review group becomes after this save, or a
 * WorkflowError saying why the save is refused. Admins may publish anything (they run the portal
 * and must be able to correct a mistake at once); the system (seed, jobs without a user) is not
 * reviewed; a redacteur publishes only a submitted change that someone else wrote.
 */
export function decideReview(input: ReviewInput): ReviewRecord {
  const { actor, contentChanged, publishing, alreadyLive, now } = input
  const before: ReviewRecord = { state: 'concept', note: null, lastAuthor: null, lastAuthorName: null, submittedAt: null, ...input.before }
  const requested = input.requested ?? {}
  const storedAuthor = typeof before.lastAuthor === 'object' && before.lastAuthor ? before.lastAuthor.id : before.lastAuthor
  const authored = {
    lastAuthor: (contentChanged && actor ? actor.id : storedAuthor) ?? null,
    lastAuthorName: (contentChanged && actor ? actor.name : before.lastAuthorName) ?? null,
  }
  const cleared = { state: 'concept' as const, note: null, submittedAt: null, ...authored }

  if (publishing) {
    if (!actor || actor.isAdmin) return cleared
    if (!contentChanged && alreadyLive) return { ...before, ...authored }
    if (contentChanged) throw new WorkflowError(WORKFLOW_MESSAGES.changedWhilePublishing)
    if (idOf(before.lastAuthor) === String(actor.id)) throw new WorkflowError(WORKFLOW_MESSAGES.ownChange)
    if (before.state !== 'ter-beoordeling') throw new WorkflowError(WORKFLOW_MESSAGES.notSubmitted)
    return cleared
  }

  // The admin sends the stored state back with every save: only a different value is a request.
  const request = requested.state && requested.state !== before.state ? requested.state : undefined
  const note = requested.note !== undefined ? requested.note : before.note

  if (request === 'ter-beoordeling') {
    return { state: 'ter-beoordeling', note, submittedAt: now.toISOString(), ...authored }
  }
  if (request === 'teruggestuurd') {
    if (actor && !actor.isAdmin && before.state !== 'ter-beoordeling') throw new WorkflowError(WORKFLOW_MESSAGES.sendBackNotSubmitted)
    if (actor && contentChanged) throw new WorkflowError(WORKFLOW_MESSAGES.sendBackChanged)
    if (actor && idOf(before.lastAuthor) === String(actor.id)) throw new WorkflowError(WORKFLOW_MESSAGES.sendBackOwn)
    if (actor && !(typeof note === 'string' && note.trim())) throw new WorkflowError(WORKFLOW_MESSAGES.sendBackNoNote)
    return { state: 'teruggestuurd', note, submittedAt: null, ...authored }
  }
  if (request === 'concept') return { state: 'concept', note, submittedAt: null, ...authored }
  // A change after submitting is not what the reviewer was asked to look at.
  if (contentChanged && before.state === 'ter-beoordeling') return { state: 'concept', note, submittedAt: null, ...authored }
  return { state: before.state, note, submittedAt: before.submittedAt ?? null, ...authored }
}
