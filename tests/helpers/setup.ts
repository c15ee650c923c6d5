process.env.NODE_ENV = 'test'
delete process.env.DATABASE_URL
delete process.env.RESEND_API_KEY
delete process.env.RESEND_BASE_URL
process.env.RESEND_WEBHOOK_SECRET = 'whsec_' + Buffer.from('chorus-test-resend-webhook-secret').toString('base64')
