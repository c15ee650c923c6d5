export * from './auth.ts'
export * from './audit.ts'
export * from './mail.ts'
export * from './outbox.ts'
