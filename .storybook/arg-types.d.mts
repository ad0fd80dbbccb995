import type { ArgTypesEnhancer } from 'storybook/internal/types';
export declare function withPartsApart<T>(manifest: T): T;
export declare function storybookType(text: unknown): { name: string; value?: string[] } | undefined;
export declare const controlsFromTypes: ArgTypesEnhancer;
