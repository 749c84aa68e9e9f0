import { APIError } from 'payload'

import { ERROR_STATUS, PORTAL_ERROR_BRAND, type PortalError } from '../errors'

/**
 * A refused workflow step: 403 with a Dutch message the admin shows as it is. A Payload APIError
 * (so Payload's REST and admin pass the message on) that is also a portal error by its brand.
 */
export class WorkflowError extends APIError implements PortalError {
  readonly [PORTAL_ERROR_BRAND] = true as const
  readonly code = 'workflow-refused' as const
  readonly httpStatus = ERROR_STATUS['workflow-refused']
  readonly errors = []
  constructor(message: string) {
    super(message, 403, null, true)
    this.name = 'WorkflowError'
  }
  toJSON() {
    return { code: this.code, message: this.message, errors: this.errors }
  }
}

export const WORKFLOW_MESSAGES = {
  ownChange:
    'U bent de laatste auteur van deze wijziging. Volgens het vier-ogenprincipe publiceert een andere redacteur haar; zet de status op "Ter beoordeling".',
  changedWhilePublishing:
    'U wijzigt de tekst en publiceert tegelijk. Sla uw wijziging op als concept en zet haar ter beoordeling; een andere redacteur publiceert.',
  notSubmitted: 'Deze wijziging is nog niet ter beoordeling aangeboden. De auteur zet de status eerst op "Ter beoordeling".',
  sendBackNotSubmitted: 'Alleen een wijziging die ter beoordeling ligt, kunt u terugsturen.',
  sendBackOwn: 'U kunt uw eigen wijziging niet terugsturen. Zet de status terug op "Concept" als u haar wilt intrekken.',
  sendBackChanged: 'Stuur terug zonder de tekst te wijzigen; schrijf uw opmerkingen in de toelichting.',
  sendBackNoNote: 'Schrijf bij het terugsturen in de toelichting wat de auteur nog moet doen.',
} as const
