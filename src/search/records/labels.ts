import { AUDIENCES, labelIn, ORGANISATION_TYPES } from '../../constants/taxonomy'

/** A value no list holds adds no word to the index (the site shows it as stored: src/lib/labels.ts). */
const nothing = () => ''

export const audienceLabel = labelIn(AUDIENCES, nothing)
export const organisationTypeLabel = labelIn(ORGANISATION_TYPES, nothing)
