import type { CollectionConfig } from 'payload'

import { validateTrainerAccounts } from '../../src/access/trainerAccounts'
import { AUDIENCES, TRAINING_FORMATS } from '../../src/constants/taxonomy'
import { contentFields, draftVersions } from '../../src/fields/content'
import { selectField } from '../../src/fields/select'
import { access } from './access'
import { addCreatorAsTrainer } from './hooks/addCreatorAsTrainer'

export const Trainings: CollectionConfig = {
  slug: 'trainings',
  labels: { singular: 'Training', plural: 'Trainingen' },
  admin: { group: 'Scholing', useAsTitle: 'title', defaultColumns: ['title', 'skjPoints', 'format', '_status'] },
  versions: draftVersions,
  access,
  hooks: { beforeChange: [addCreatorAsTrainer] },
  // A training is announced, not agreed: no sources or review dates (knowledge-base fields).
  fields: contentFields({
    knowledgeBase: false,
    fields: [
      { name: 'provider', label: 'Aanbieder', type: 'relationship', relationTo: 'organisations' },
      {
        name: 'trainers',
        label: 'Trainers (accounts)',
        type: 'relationship',
        relationTo: 'users',
        hasMany: true,
        filterOptions: { role: { equals: 'trainer' } },
        validate: validateTrainerAccounts,
        admin: { description: 'Deze accounts beheren de training, de sessies en de inschrijvingen.' },
      },
      selectField({ name: 'format', label: 'Vorm', required: true, defaultValue: 'klassikaal' }, TRAINING_FORMATS),
      { name: 'skjPoints', label: 'SKJ-accreditatiepunten', type: 'number', min: 0, max: 100 },
      { name: 'durationText', label: 'Duur', type: 'text', maxLength: 120 },
      { name: 'costs', label: 'Kosten', type: 'text', maxLength: 120 },
      { name: 'audiences', label: 'Voor wie', type: 'select', hasMany: true, options: [...AUDIENCES] },
      { name: 'buildingBlocks', label: 'Bouwstenen', type: 'relationship', relationTo: 'building-blocks', hasMany: true },
      { name: 'regions', label: 'Regio’s', type: 'relationship', relationTo: 'regions', hasMany: true },
      { name: 'sessions', label: 'Sessies', type: 'join', collection: 'training-sessions', on: 'training' },
    ],
  }),
}
