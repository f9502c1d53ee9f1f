export * from './money';
export * from './years';
export * from './totals';
