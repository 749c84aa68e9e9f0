import { BlocksFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionSlug, Validate } from 'payload'

import { richTextBlocks } from '../blocks'
import { isAllowedUrl, LINK_SCHEMES, URL_MESSAGES } from '../fields/url'

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

/**
 * A custom link's address: only http, https, mailto, tel or a path on this site. Lexical's own
 * check only refuses spaces, so `javascript:` links could be saved through the API.
 */
const validateLinkUrl: Validate = (value, options) => {
  if ((options?.siblingData as { linkType?: string } | undefined)?.linkType === 'internal') return true
  if (typeof value !== 'string' || value.trim() === '') return URL_MESSAGES.schemeOrLocal
  return isAllowedUrl(value.trim(), { schemes: LINK_SCHEMES, allowLocal: true }) ? true : URL_MESSAGES.schemeOrLocal
}

const withSafeUrl = <F extends { type: string }>(fields: F[]): F[] =>
  fields.map((field) =>
    (field as { name?: string }).name === 'url' && field.type === 'text'
      ? { ...field, validate: validateLinkUrl }
      : field,
  )

/**
 * Lexical reports an invalid link field as "The following fields are invalid: url"; an editor
 * gets the Dutch reason instead. Every other message passes through unchanged.
 */
type LexicalProvider = ReturnType<typeof lexicalEditor>

function withDutchLinkErrors(provider: LexicalProvider): LexicalProvider {
  return async (args) => {
    const adapter = await provider(args)
    const validate = adapter.validate
    return {
      ...adapter,
      validate: async (value, options) => {
        const result = await validate(value, options)
        return typeof result === 'string' && /following fields are invalid:.*\burl\b/.test(result)
          ? URL_MESSAGES.richText
          : result
      },
    }
  }
}

export const defaultEditor = withDutchLinkErrors(
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => feature.key !== 'link'),
      LinkFeature({
        enabledCollections: LINKABLE_COLLECTIONS,
        fields: ({ defaultFields }) => withSafeUrl(defaultFields),
      }),
      BlocksFeature({ blocks: richTextBlocks }),
    ],
  }),
)
