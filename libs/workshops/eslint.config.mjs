import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', '@angular/*', 'typeorm', 'rxjs'],
              message: 'Domain libs are framework-free (STYLE.md 3).',
            },
          ],
        },
      ],
    },
  },
];
