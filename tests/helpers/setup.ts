process.env.NODE_ENV = 'test'
delete process.env.DATABASE_URL
delete process.env.RESEND_API_KEY
delete process.env.RESEND_BASE_URL
