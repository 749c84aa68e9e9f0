import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { BuildingBlocks } from './collections/BuildingBlocks'
import { GlossaryTerms } from './collections/GlossaryTerms'
import { Indicators } from './collections/Indicators'
import { LocalAgreements } from './collections/LocalAgreements'
import { Measurements } from './collections/Measurements'
import { Media } from './collections/Media'
import { Organisations } from './collections/Organisations'
import { Pages } from './collections/Pages'
import { Pilots } from './collections/Pilots'
import { Regions } from './collections/Regions'
import { Registrations } from './collections/Registrations'
import { TrainingSessions } from './collections/TrainingSessions'
import { Trainings } from './collections/Trainings'
import { Users } from './collections/Users'
import { Vacancies } from './collections/Vacancies'
import { WorkingMethods } from './collections/WorkingMethods'
import { resolveSecret } from './src/config/resolveSecret'
import { createDatabaseAdapter } from './src/db/createDatabaseAdapter'
import { parseDatabaseUri } from './src/db/parseDatabaseUri'
import { healthEndpoint } from './src/endpoints/health'
import { EscalationModel } from './src/globals/EscalationModel/config'
import { Site } from './src/globals/Site/config'
import { Vision } from './src/globals/Vision/config'
import { defaultEditor } from './src/lexical/editor'
import { createEmailAdapter, type MailSettings, readMailSettings } from './src/mail/createEmailAdapter'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export type PortalConfigOptions = {
  /** Defaults to DATABASE_URI; tests pass their own to run one suite on every database. */
  databaseUri?: string
  secret?: string
  mail?: MailSettings
}

/** The whole portal as one Payload config; the default export is what Next and the CLI load. */
export function portalConfig(options: PortalConfigOptions = {}) {
  return buildConfig({
  secret: options.secret ?? resolveSecret(),
  serverURL: process.env.PUBLIC_URL || undefined,
  admin: {
    user: Users.slug,
    // Gravatar would send every editor's e-mail hash to a third party.
    avatar: 'default',
    meta: { titleSuffix: ' · Kennisportaal Jeugdbescherming' },
    importMap: { baseDir: dirname },
  },
  i18n: {
    supportedLanguages: { nl, en },
    fallbackLanguage: 'nl',
  },
  collections: [
    Pages,
    BuildingBlocks,
    WorkingMethods,
    GlossaryTerms,
    Regions,
    LocalAgreements,
    Pilots,
    Organisations,
    Trainings,
    TrainingSessions,
    Registrations,
    Vacancies,
    Indicators,
    Measurements,
    Media,
    Users,
  ],
  globals: [Vision, EscalationModel, Site],
  editor: defaultEditor,
  db: createDatabaseAdapter(parseDatabaseUri(options.databaseUri ?? process.env.DATABASE_URI)),
  email: createEmailAdapter(options.mail ?? readMailSettings()),
  endpoints: [healthEndpoint],
  sharp,
  telemetry: false,
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  })
}

export default portalConfig()
