export function publicContentSecurityPolicy(options?: { development?: boolean }): string
export function adminContentSecurityPolicy(nonce: string, options?: { development?: boolean }): string
export function securityHeaders(options?: { production?: boolean }): { key: string; value: string }[]
export function isAdminPath(pathname: string): boolean
