import { describe, expect, it } from 'vitest'

import { managesInAdmin } from '../../../src/admin/navigation'
import { ROLE_TASKS } from '../../../src/admin/RoleStart'

describe('the admin menu per role', () => {
  it('offers each role what it may write, and nothing it may only read', () => {
    expect(managesInAdmin('trainer', 'trainings')).toBe(true)
    expect(managesInAdmin('trainer', 'registrations')).toBe(true)
    expect(managesInAdmin('trainer', 'glossary-terms')).toBe(false)
    expect(managesInAdmin('trainer', 'vacancies')).toBe(false)
    expect(managesInAdmin('werver', 'vacancies')).toBe(true)
    expect(managesInAdmin('werver', 'trainings')).toBe(false)
    expect(managesInAdmin('regioredacteur', 'local-agreements')).toBe(true)
    expect(managesInAdmin('regioredacteur', 'working-methods')).toBe(false)
    expect(managesInAdmin('redacteur', 'escalation-model')).toBe(true)
    expect(managesInAdmin('admin', 'users')).toBe(true)
  })

  it('hides everything from accounts without a known role, and keeps unknown collections visible', () => {
    expect(managesInAdmin('professional', 'working-methods')).toBe(false)
    expect(managesInAdmin(undefined, 'working-methods')).toBe(false)
    expect(managesInAdmin('hacker', 'users')).toBe(false)
    expect(managesInAdmin('trainer', 'not-in-the-matrix')).toBe(true)
  })

  it('points every role’s first tasks at something that role manages', () => {
    for (const [role, tasks] of Object.entries(ROLE_TASKS)) {
      for (const task of tasks) {
        const slug = task.href.match(/\/admin\/(?:collections|globals)\/([^/]+)/)?.[1]
        expect(slug, task.href).toBeTruthy()
        expect(managesInAdmin(role, slug!), `${role} → ${task.href}`).toBe(true)
      }
    }
  })
})
