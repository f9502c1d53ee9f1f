export * from './merge';
export * from './diff';
