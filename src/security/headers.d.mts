export function publicContentSecurityPolicy(options?: { development?: boolean }): string
export function adminContentSecurityPolicy(nonce: string, options?: { development?: boolean }): string
export function securityHeaders(options?: { production?: boolean }): { key: string; value: string }[]
export function isAdminPath(pathname: string): boolean
export const ADMIN_CLIENT_HINTS: { key: string; value: string }[]
export function withoutPayloadClientHints<Rule extends { source: string; headers: { key: string; value: string }[] }>(
  rules: Rule[],
): Rule[]
