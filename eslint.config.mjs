import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const frameworkImports = {
  patterns: [
    { group: ["next", "next/*"], message: "lib/ is shared with the CLI: no Next.js imports here (see STYLE.md)." },
    { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "lib/ is shared with the CLI: no React imports here (see STYLE.md)." },
    { group: ["@/app/*", "@/components/*", "**/app/*", "**/components/*"], message: "lib/ never imports from app/ or components/." },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", "generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", frameworkImports] },
  },
];

export default config;
