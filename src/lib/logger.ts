import type { Config } from 'payload'
import { type LoggerOptions, stdSerializers } from 'pino'

import { clientFaultMessage } from '../api/clientFaults'
import { currentRequestId } from './requestContext'

const REMOVED = '[verwijderd]'
/** Keys whose values are personal data or secrets, wherever they occur in a log object. */
const PERSONAL_KEY =
  /^(e-?mail|emails?|to|cc|bcc|replyTo|from|password|newPassword|passwd|token|resetPasswordToken|.*[_-]?token|apiKey|secret|salt|hash|cookie|cookies|set-cookie|authorization|firstName|lastName|fullName|displayName|naam|voornaam|achternaam|phone|telefoon|ip|address)$/i
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g

/** A string with every e-mail address in it replaced. */
export const scrubText = (text: string) => text.replace(EMAIL, '[e-mail]')

/** A copy of a log object without personal data: known keys removed, e-mail addresses in text replaced. */
export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value)
  if (!value || typeof value !== 'object' || depth > 8) return value
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1))
  if (value instanceof Error) return scrub(stdSerializers.err(value), depth + 1)
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    out[key] = PERSONAL_KEY.test(key) && inner !== undefined && inner !== null ? REMOVED : scrub(inner, depth + 1)
  }
  return out
}

/** True when a log call reports an error the client caused (a refusal, not a fault of ours). */
function isRefusal(args: unknown[]): boolean {
  const first = args[0] as { err?: unknown } | undefined
  const error = first && typeof first === 'object' && 'err' in first ? first.err : first
  if (!error || typeof error !== 'object') return false
  const status = (error as { status?: unknown }).status
  return (typeof status === 'number' && status >= 400 && status < 500) || clientFaultMessage(error) !== null
}

/**
 * pino options for the portal: JSON lines, a request id on every line made while a request is
 * handled, personal data redacted, and refusals (4xx) at warn instead of error.
 */
export function portalLoggerOptions(level = process.env.LOG_LEVEL || 'info'): LoggerOptions {
  return {
    name: 'portal',
    level,
    mixin: () => {
      const requestId = currentRequestId()
      return requestId ? { requestId } : {}
    },
    serializers: { err: (error: Error) => scrub(stdSerializers.err(error)) as ReturnType<typeof stdSerializers.err> },
    formatters: { log: (object) => scrub(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method, levelNumber) {
        const cleaned = args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as typeof args
        // Without a message pino takes the error's own message, unscrubbed: give it the scrubbed one.
        const first = cleaned[0] as { err?: { message?: unknown } } | undefined
        if (cleaned.length === 1 && first && typeof first === 'object' && typeof first.err?.message === 'string')
          (cleaned as unknown[]).push(scrubText(first.err.message))
        // 50 is pino's error level: a refusal is worth a warning, not an alarm.
        if (levelNumber >= 50 && levelNumber < 60 && isRefusal(cleaned)) return this.warn(...(cleaned as [string]))
        return method.apply(this, cleaned)
      },
    },
  }
}

/**
 * Payload's `logger` option: JSON in production (or with LOG_FORMAT=json), Payload's readable
 * default otherwise (development and tests read it in a terminal).
 */
export function portalLogger(): Config['logger'] {
  const json = process.env.LOG_FORMAT ? process.env.LOG_FORMAT === 'json' : process.env.NODE_ENV === 'production'
  return json ? { options: portalLoggerOptions() } : undefined
}

/** Refused requests are logged at warn; Payload's default logs some at error and some at info. */
export const LOGGING_LEVELS: Config['loggingLevels'] = {
  Forbidden: 'warn',
  NotFound: 'warn',
  ValidationError: 'warn',
  QueryError: 'warn',
  AuthenticationError: 'warn',
  Locked: 'warn',
  LockedAuth: 'warn',
  UnverifiedEmail: 'warn',
  MissingFile: 'warn',
}
