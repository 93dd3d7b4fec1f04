export * from './audit/audit-entry';
export * from './auth/auth';
export * from './common/page';
export * from './health/health';
export * from './needs/need';
export * from './offerings/offering';
export * from './organisations/organisation';
export * from './users/user';
