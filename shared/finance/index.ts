export * from './money';
export * from './years';
export * from './totals';
export * from './socio';
