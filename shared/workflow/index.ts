export * from './steps';
export * from './approvals';
export * from './changelog';
export * from './freeze';
export * from './exchange';
export * from './decision';
export * from './phase';
