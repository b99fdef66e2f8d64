import typescript from '@rollup/plugin-typescript';
import filesize from 'rollup-plugin-filesize';

/** The Rollup configuration every React component package of the design system builds with. */
export const createConfig = () => [
  {
    input: './src/index.tsx',
    output: [{ file: './dist/index.mjs', format: 'es', sourcemap: true }],
    plugins: [typescript(), filesize()],
  },
];
