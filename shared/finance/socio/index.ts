/** The socio-economic calculation: inputs and result (types), the calculation, its bounds, who invests, the ranges, the words. */
export * from './types';
export * from './calculate';
export * from './bounds';
export * from './investment';
export * from './ranges';
export * from './labels';
