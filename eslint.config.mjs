import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const awsSdkWall = {
  group: ["@aws-sdk/*"],
  message: "Only lib/aws talks to AWS: call a function from lib/aws instead.",
};

const config = [
  { ignores: [".next/**", "node_modules/**", ".venv/**", "next-env.d.ts", "playwright-report/**", "test-results/**"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [awsSdkWall] }] },
  },
  {
    files: ["lib/routing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "next", "next/*"], message: "lib/routing is pure: no React or Next." },
            awsSdkWall,
            { group: ["@/lib/aws", "@/lib/aws/*", "**/aws/*"], message: "lib/routing is pure: no AWS access." },
          ],
        },
      ],
    },
  },
];

export default config;
