import { BlocksFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionSlug } from 'payload'

import { richTextBlocks } from '../blocks'

/** Content types an editor may link to from a body text. */
export const LINKABLE_COLLECTIONS: CollectionSlug[] = [
  'pages',
  'building-blocks',
  'working-methods',
  'trainings',
  'vacancies',
  'regions',
  'local-agreements',
  'pilots',
  'organisations',
  'glossary-terms',
]

export const defaultEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({ enabledCollections: LINKABLE_COLLECTIONS }),
    BlocksFeature({ blocks: richTextBlocks }),
  ],
})
