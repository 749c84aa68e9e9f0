// Tests never touch data/: every database is a temporary file or a throw-away server database.
process.env.PAYLOAD_SECRET ||= 'test-secret-only-for-the-test-suite'
process.env.NEXT_TELEMETRY_DISABLED = '1'
// Prove the committed migrations instead of letting Payload push the schema.
process.env.DATABASE_PUSH ||= 'false'
