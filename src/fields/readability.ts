import type { FieldAccess, GroupField } from 'payload'

/** The admin panel that shows the score live as the editor writes (src/components/readability/admin). */
export const READABILITY_FIELD_COMPONENT = '/src/components/readability/admin/ReadabilityField#ReadabilityField'

// Nobody writes the score: the save hook computes it from the text (src/readability/hook.ts).
const nobody: FieldAccess = () => false
// The score is for the people who write; visitors have no use for it.
const signedIn: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * The readability of the text as saved, stored with every version (so the dashboard can list what
 * is furthest from its target, and an old version still says how readable it was). Shown in the
 * sidebar as the live panel instead of four read-only inputs.
 */
export function readabilityField(): GroupField {
  return {
    name: 'readability',
    label: 'Leesbaarheid',
    type: 'group',
    access: { create: nobody, update: nobody, read: signedIn },
    admin: {
      position: 'sidebar',
      components: { Field: READABILITY_FIELD_COMPONENT },
    },
    fields: [
      { name: 'score', label: 'Score (Flesch-Douma, 0–100)', type: 'number' },
      { name: 'level', label: 'Taalniveau', type: 'text' },
      { name: 'target', label: 'Doel', type: 'text' },
      { name: 'distance', label: 'Afstand tot het doel', type: 'number', index: true },
    ],
  }
}
