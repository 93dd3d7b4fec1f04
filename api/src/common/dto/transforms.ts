import { ValidateIf } from 'class-validator';

/** class-transformer: strings without surrounding spaces; anything else as it is. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Optional, but when sent it may not be null (the column is required). */
export const PresentNotNull = () => ValidateIf((_: object, value: unknown) => value !== undefined);
