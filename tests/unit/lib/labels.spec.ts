import { describe, expect, it } from 'vitest'

import { audiencesInText, organisationWithType } from '../../../src/lib/labels'

describe('labels in running text', () => {
  it('names an organisation once when its name already says its type', () => {
    expect(organisationWithType({ title: 'Raad voor de Kinderbescherming', type: 'raad' })).toBe('Raad voor de Kinderbescherming')
    expect(organisationWithType({ title: 'Veilig Thuis Gelderland-Zuid', type: 'veilig-thuis' })).toBe('Veilig Thuis Gelderland-Zuid')
    expect(organisationWithType({ title: 'Jeugdbescherming Gelderland', type: 'gi' })).toBe(
      'Jeugdbescherming Gelderland – Gecertificeerde instelling (GI)',
    )
  })

  it('keeps the capitals of organisation names among audiences', () => {
    expect(audiencesInText(['lokaal-team', 'raad', 'veilig-thuis'])).toBe(
      'lokaal team / wijkteam, Raad voor de Kinderbescherming, Veilig Thuis',
    )
  })
})
