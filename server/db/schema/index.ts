export * from './org';
export * from './users';
export * from './auth';
export * from './audit';
export * from './products';
