import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const awsSdkWall = {
  group: ["@aws-sdk/*"],
  message: "Only lib/aws talks to AWS: call a function from lib/aws instead.",
};

// The layers import one way: app/ → components/ → lib/ (see docs/ENGINEERING.md). Each wall is a pattern list; a file
// under several globs gets the last block's list, so the narrower blocks repeat the walls of the wider ones.
const libWall = {
  group: ["@/components", "@/components/*", "@/app", "@/app/*"],
  message: "lib/ is the bottom layer: it never imports components/ or app/. Move the shared code into lib/.",
};
const componentsWall = {
  group: ["@/app", "@/app/*"],
  message:
    "components/ never imports app/: take actions and data as props, or move the piece into its route's _components/.",
};
const awsDoorWall = {
  group: [
    "@/lib/actions",
    "@/lib/actions/*",
    "@/lib/auth",
    "@/lib/auth/*",
    "@/lib/audit",
    "@/lib/audit/*",
    "@/lib/alb-ops",
    "@/lib/alb-ops/*",
    "react",
    "react-dom",
    "next",
    "next/*",
  ],
  message:
    "lib/aws is the door to AWS and depends on nothing above it: raise errors from lib/errors, keep React, Next and the action layer out.",
};

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".venv/**",
      "next-env.d.ts",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      // typescript-eslint's type-aware preset, plus the stricter checks below.
      ...Object.assign(
        {},
        ...tseslint.configs.recommendedTypeCheckedOnly.map((preset) => preset.rules ?? {}),
      ),
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/prefer-promise-reject-errors": "error",
      "@typescript-eslint/no-for-in-array": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Tests hand async fakes to async ports and compare with vitest's asymmetric matchers (typed `any`).
    files: ["**/*.test.ts", "**/*.test.tsx", "e2e/**"],
    rules: {
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
    },
  },
  {
    files: ["app/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [awsSdkWall] }] },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [awsSdkWall, componentsWall] }] },
  },
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [libWall] }] },
  },
  {
    files: ["lib/aws/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [libWall, awsDoorWall] }] },
  },
  {
    files: ["lib/routing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            libWall,
            {
              group: ["react", "react-dom", "next", "next/*"],
              message: "lib/routing is pure: no React or Next.",
            },
            awsSdkWall,
            {
              group: ["@/lib/aws", "@/lib/aws/*", "**/aws/*"],
              message: "lib/routing is pure: no AWS access.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/advisor/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            libWall,
            {
              group: ["react", "react-dom", "next", "next/*", "node:*", "server-only"],
              message: "lib/advisor is pure (a snapshot in, findings out): no React, Next or I/O.",
            },
            awsSdkWall,
            {
              group: [
                "@/lib/advisor-ops",
                "@/lib/advisor-ops/*",
                "@/lib/actions",
                "@/lib/actions/*",
                "@/lib/audit",
                "@/lib/audit/*",
              ],
              message:
                "lib/advisor is pure: the gathering lives in lib/advisor-ops, which imports it, not the reverse.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
