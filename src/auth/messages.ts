export const AUTH_MESSAGES = {
  /** The one answer to every refused login: it says nothing about whether the account exists or is locked. */
  loginFailed:
    'Inloggen is niet gelukt. Controleer uw e-mailadres en wachtwoord. Na meerdere mislukte pogingen moet u even wachten.',
  tooManyAttempts: (seconds: number) =>
    `Te veel mislukte inlogpogingen. Probeer het over ${seconds < 120 ? `${seconds} seconden` : `${Math.ceil(seconds / 60)} minuten`} opnieuw.`,
} as const
