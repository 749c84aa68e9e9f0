import { portalApiErrorClass } from '../errors/api'

/** A refused workflow step: 403 with a Dutch message the admin shows as it is. */
export const WorkflowError = portalApiErrorClass('workflow-refused', 'WorkflowError')

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
