export * from './money';
export * from './years';
export * from './totals';
export * from './socio';
export * from './outcome';
export * from './socio-outcome';
