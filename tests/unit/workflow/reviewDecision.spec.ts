import { describe, expect, it } from 'vitest'

import { WORKFLOW_MESSAGES } from '../../../src/workflow/errors'
import { decideReview, type ReviewActor, type ReviewInput, type ReviewRecord } from '../../../src/workflow/reviewDecision'

const NOW = new Date('2026-11-28T10:00:00.000Z')
const anna: ReviewActor = { id: 1, isAdmin: false, name: 'Anna' }
const bram: ReviewActor = { id: 2, isAdmin: false, name: 'Bram' }
const admin: ReviewActor = { id: 9, isAdmin: true, name: 'Beheer' }

/** What a decision stores for a change last written by `author`: a concept with nothing pending, unless `extra` says otherwise. */
const recordBy = (author: ReviewActor, extra: ReviewRecord = {}): ReviewRecord => ({
  state: 'concept',
  note: null,
  submittedAt: null,
  lastAuthor: author.id,
  lastAuthorName: author.name,
  ...extra,
})

const submittedBy = (author: ReviewActor, extra: ReviewRecord = {}): ReviewRecord =>
  recordBy(author, { state: 'ter-beoordeling', submittedAt: '2026-11-27T09:00:00.000Z', ...extra })

const decide = (input: Partial<ReviewInput>) =>
  decideReview({
    actor: anna,
    before: null,
    requested: null,
    contentChanged: false,
    publishing: false,
    alreadyLive: false,
    now: NOW,
    ...input,
  })

describe('review decision: publishing', () => {
  it('lets another redacteur publish a submitted change and clears the review', () => {
    expect(decide({ actor: bram, before: submittedBy(anna), publishing: true })).toEqual(recordBy(anna))
  })

  it('refuses the author publishing their own change, even when submitted', () => {
    expect(() => decide({ actor: anna, before: submittedBy(anna), publishing: true })).toThrow(WORKFLOW_MESSAGES.ownChange)
    // The author as a populated relationship or as a string id is still the author.
    expect(() => decide({ actor: anna, before: submittedBy(anna, { lastAuthor: { id: 1 } }), publishing: true })).toThrow(
      WORKFLOW_MESSAGES.ownChange,
    )
    expect(() => decide({ actor: { ...anna, id: '1' }, before: submittedBy(anna), publishing: true })).toThrow(
      WORKFLOW_MESSAGES.ownChange,
    )
  })

  it('refuses publishing a change that was not submitted', () => {
    for (const state of ['concept', 'teruggestuurd'] as const) {
      expect(() => decide({ actor: bram, before: submittedBy(anna, { state }), publishing: true })).toThrow(
        WORKFLOW_MESSAGES.notSubmitted,
      )
    }
  })

  it('refuses changing the text while publishing', () => {
    expect(() => decide({ actor: bram, before: submittedBy(anna), publishing: true, contentChanged: true })).toThrow(
      WORKFLOW_MESSAGES.changedWhilePublishing,
    )
  })

  it('lets admins and the system publish anything, and records the admin as author of a change', () => {
    expect(decide({ actor: admin, before: submittedBy(admin, { state: 'concept' }), publishing: true, contentChanged: true })).toEqual(recordBy(admin))
    expect(decide({ actor: null, before: null, publishing: true, contentChanged: true })).toMatchObject({ state: 'concept', lastAuthor: null })
  })

  it('lets a save of an already live document without changes through untouched', () => {
    const before = submittedBy(anna, { state: 'concept', note: 'oud' })
    expect(decide({ actor: anna, before, publishing: true, alreadyLive: true })).toEqual(before)
  })
})

describe('review decision: drafts', () => {
  it('submits for review with the time and the author of the change', () => {
    expect(decide({ actor: anna, requested: { state: 'ter-beoordeling' }, contentChanged: true })).toEqual(recordBy(anna, { state: 'ter-beoordeling', submittedAt: NOW.toISOString() }))
  })

  it('keeps the stored author when a save changes no content', () => {
    const result = decide({ actor: bram, before: submittedBy(anna, { state: 'concept' }), requested: { state: 'ter-beoordeling' } })
    expect(result).toMatchObject({ state: 'ter-beoordeling', lastAuthor: 1, lastAuthorName: 'Anna' })
  })

  it('treats the stored state sent back unchanged as no request', () => {
    const before = submittedBy(anna)
    expect(decide({ actor: bram, before, requested: { state: 'ter-beoordeling' } })).toEqual({ ...before })
  })

  it('sends back a submitted change of someone else, with a note', () => {
    expect(decide({ actor: bram, before: submittedBy(anna), requested: { state: 'teruggestuurd', note: 'Bron ontbreekt' } })).toEqual(recordBy(anna, { state: 'teruggestuurd', note: 'Bron ontbreekt' }))
  })

  it('refuses sending back without a note, with changes, one’s own, or what was not submitted', () => {
    const send = (actor: ReviewActor, before: ReviewRecord, note: string | null, contentChanged = false) =>
      decide({ actor, before, requested: { state: 'teruggestuurd', note }, contentChanged })
    expect(() => send(bram, submittedBy(anna), '   ')).toThrow(WORKFLOW_MESSAGES.sendBackNoNote)
    expect(() => send(bram, submittedBy(anna), null)).toThrow(WORKFLOW_MESSAGES.sendBackNoNote)
    expect(() => send(bram, submittedBy(anna), 'Herschreven', true)).toThrow(WORKFLOW_MESSAGES.sendBackChanged)
    expect(() => send(anna, submittedBy(anna), 'Zelf')).toThrow(WORKFLOW_MESSAGES.sendBackOwn)
    expect(() => send(bram, submittedBy(anna, { state: 'concept' }), 'Te vroeg')).toThrow(WORKFLOW_MESSAGES.sendBackNotSubmitted)
  })

  it('lets an admin send back a change that was not submitted', () => {
    expect(decide({ actor: admin, before: submittedBy(anna, { state: 'concept' }), requested: { state: 'teruggestuurd', note: 'Graag aanpassen' } })).toMatchObject({
      state: 'teruggestuurd',
    })
  })

  it('takes a submitted change back to concept when its text changes after submitting', () => {
    expect(decide({ actor: anna, before: submittedBy(anna), contentChanged: true })).toEqual(recordBy(anna))
  })

  it('lets the author withdraw to concept', () => {
    expect(decide({ actor: anna, before: submittedBy(anna), requested: { state: 'concept' } })).toMatchObject({ state: 'concept', submittedAt: null })
  })

  it('keeps state and submission time on an ordinary save', () => {
    const before = submittedBy(anna, { state: 'teruggestuurd', note: 'Nog doen', submittedAt: null })
    expect(decide({ actor: anna, before, requested: { note: 'Gedaan' } })).toEqual({ ...before, note: 'Gedaan' })
    expect(decide({ actor: null, before: null })).toEqual({ state: 'concept', note: null, submittedAt: null, lastAuthor: null, lastAuthorName: null })
  })
})
