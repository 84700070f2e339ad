export * from './org';
export * from './users';
export * from './auth';
export * from './audit';
export * from './products';
export * from './accounts';
export * from './activities';
export * from './imports';
